import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, checkedFindings, checkFix } from '../../helpers/check';

// Adapted from 2026_03-Sep-Nov_README.md (Flatcar Container Linux): one mentor listed twice, the
// second time with the handle in other case.
test('flags the second entry of a handle, whatever its case', () => {
  const findings = checkedFindings(
    `
### Flatcar Container Linux

#### Cloud-Init to Butane YAML config transpiler

- Description: This is a software development project (Go language) for transpiling from one well-defined YAML format (cloud-config) into another (butane).
- Recommended Skills: Go, YAML, ClusterAPI, Linux Based OS
- Mentor(s):
  - Mathieu Tortuyaux (@tormath1, mathieu.tortuyaux@gmail.com)
  - Thilo Fromm (@t-lo, thilo.fromm.work@gmail.com)
  - Michael McCune (@elmiko, msm@opbstudios.com)
  - Thilo Fromm (@T-Lo, thilo.fromm.work@gmail.com)
                 ^^^^^ mentor-duplicate
- Upstream Issue: https://github.com/flatcar/Flatcar/issues/2226
`,
    ['mentor-duplicate'],
  );
  assert.equal(findings[0].message, '@T-Lo is already a mentor of "Cloud-Init to Butane YAML config transpiler".');
});

// From 2021_01-Spring_project_ideas.md (Crossplane): the same mentors in several projects.
test('passes a mentor of several projects', () =>
  check(
    `
#### Crossplane

##### Crisscross - Write controllers in your language of choice

- Description: Crisscross is an experimental project that lets folks add new managed resources to Crossplane without writing Go code.
- Recommended Skills: Programming REST APIs in any language.
- Mentor(s): @hasheddan, @negz, @jbw976
- Upstream Issue (URL): https://github.com/crossplane/crossplane/issues/2109

##### Import cloud resources into Crossplane

- Description: Crossplane currently supports 'importing' your existing cloud infrastructure into Crossplane management, but doing so is onerous.
- Recommended Skills: Ideally Go programming, though we'd consider prototyping this tool in another language.
- Mentor(s): @negz, @hasheddan, @jbw976
- Upstream Issue (URL): https://github.com/crossplane/crossplane/issues/1243
`,
    ['mentor-duplicate'],
  ));

test('the fix drops the line of a repeated sub-list entry', () =>
  checkFix(
    `
### Flatcar Container Linux

#### Cloud-Init to Butane YAML config transpiler

- Description: Transpile cloud-config into butane.
- Mentor(s):
  - Mathieu Tortuyaux (@tormath1, mathieu.tortuyaux@gmail.com)
  - Thilo Fromm (@t-lo, thilo.fromm.work@gmail.com)
  - Thilo Fromm (@T-Lo, thilo.fromm.work@gmail.com)
  - Michael McCune (@elmiko, msm@opbstudios.com)
- Upstream Issue: https://github.com/flatcar/Flatcar/issues/2226
`,
    'mentor-duplicate',
    `
### Flatcar Container Linux

#### Cloud-Init to Butane YAML config transpiler

- Description: Transpile cloud-config into butane.
- Mentor(s):
  - Mathieu Tortuyaux (@tormath1, mathieu.tortuyaux@gmail.com)
  - Thilo Fromm (@t-lo, thilo.fromm.work@gmail.com)
  - Michael McCune (@elmiko, msm@opbstudios.com)
- Upstream Issue: https://github.com/flatcar/Flatcar/issues/2226
`,
  ));

// Adapted from 2023_01-Mar-May_README.md (Cloud Native Buildpacks): entries separated by ";".
test('the fix drops a repeated inline entry with the separator before it', () =>
  checkFix(
    `
### Cloud Native Buildpacks

#### Pack Performance enhancements

- Description: Pack is the reference implementation of a Cloud Native Buildpacks platform.
- Mentor(s): Natalie Arellano (@natalieparellano, narellano@vmware.com); Joe Kimmel (@joe-kimmel-vmw, jkimmel@vmware.com); Natalie Arellano (@NatalieParellano, narellano@vmware.com)
- Upstream Issue: https://github.com/buildpacks/pack/issues/1610
`,
    'mentor-duplicate',
    `
### Cloud Native Buildpacks

#### Pack Performance enhancements

- Description: Pack is the reference implementation of a Cloud Native Buildpacks platform.
- Mentor(s): Natalie Arellano (@natalieparellano, narellano@vmware.com); Joe Kimmel (@joe-kimmel-vmw, jkimmel@vmware.com)
- Upstream Issue: https://github.com/buildpacks/pack/issues/1610
`,
  ));

// Adapted from 2021_03-Fall_README.md (Thanos): the repeated entry in the middle of the list.
test('the fix drops a repeated entry in the middle of an inline list', () =>
  checkFix(
    `
#### Thanos

##### Migrate Thanos to the New Protocol Buffers v2 API

- Description: This project is about updating and optimizing the protocol buffers implementation used in Thanos.
- Mentor(s): Lucas Servén Marín (@squat), Lucas Servén Marín (@Squat), Kemal Akkoyun (@kakkoyun)
- Upstream Issue (URL): <https://github.com/thanos-io/thanos/issues/4557>
`,
    'mentor-duplicate',
    `
#### Thanos

##### Migrate Thanos to the New Protocol Buffers v2 API

- Description: This project is about updating and optimizing the protocol buffers implementation used in Thanos.
- Mentor(s): Lucas Servén Marín (@squat), Kemal Akkoyun (@kakkoyun)
- Upstream Issue (URL): <https://github.com/thanos-io/thanos/issues/4557>
`,
  ));

// Adapted from 2025_03-Sep-Nov_README.md (kgateway): mentors one a line in a paragraph under the
// label (there written without their @), the first one repeated on the last line.
test(
  'the fix drops the whole line of a repeated entry written one a line',
  () =>
    checkFix(
      `
### kgateway

#### Improve kgateway ecosystem integrations documentation

- Description: Improve the kgateway ecosystem integrations documentation.

- Mentors: 
Nina Polshakova (@npolshakova)
Lin Sun (@linsun)
Nina Polshakova (@NPolshakova)

- Upstream Issue: 
  https://github.com/kgateway-dev/kgateway.dev/issues/327
`,
      'mentor-duplicate',
      `
### kgateway

#### Improve kgateway ecosystem integrations documentation

- Description: Improve the kgateway ecosystem integrations documentation.

- Mentors: 
Nina Polshakova (@npolshakova)
Lin Sun (@linsun)

- Upstream Issue: 
  https://github.com/kgateway-dev/kgateway.dev/issues/327
`,
    ),
);

// From 2023_01-Mar-May_README.md (Harbor): the mentors written twice, in two Mentor(s) fields,
// the second time with names and emails. Dropping the second entries loses what only they say.
test(
  'dropping a repeated entry that holds a name or email the first lacks is not a safe fix',
  () => {
    const findings = checkedFindings(
      `
### Harbor

#### Regex replication rules

- Description: Add more versatile replication filters
- Expected Outcome: Implement regex capability when defining relication rules, update documentation and present the functionality
- Recommended Skills: Angular, JavaScript, Golang
- Mentor(s): vb@container-registry.com@Vad1mo @wy65701436 @OrlinVasilev
- Mentor(s): @Vad1mo - Vadim Bauer, vb@container-registry.com); @wy65701436 - Yan Wang(wangyan@vmware.com); @OrlinVasilev Orlin Vasilev (ovasilev@vmware.com)
                                                                ^^^^^^^^^^^ mentor-duplicate
                                                                                                            ^^^^^^^^^^^^^ mentor-duplicate
- Upstream Issue (URL): https://github.com/goharbor/harbor/issues/8614
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/49749be9-5a67-4b2b-9312-7def13ae98b8
`,
      ['mentor-duplicate'],
    );
    assert.deepEqual(
      findings.map((finding) => finding.fixes.every((fix) => !fix.safe)),
      [true, true],
    );
  },
);
