import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseProposal } from '../../../server/src/core/parse';
import { applyEdits } from '../../../server/src/features/fix-all';
import { lint } from '../../../server/src/rules';
import { check, checkedFindings, checkFix } from '../../helpers/check';

// Adapted from 2025_03-Sep-Nov_README.md (Podman Container Tools): the issue written as its short reference,
// and the LFX URL without its scheme.
test('warns of a short reference and an address without its scheme', () => {
  const findings = checkedFindings(
    `
### Podman Container Tools

#### Implement flushing of conntrack entries in Netavark on network changes

- Description: This project will involve implementing conntrack entry clearing into Netavark, Podman's network management tool.
- Expected Outcome: Netavark modified to drop Conntrack entries at appropriate times.
- Recommended Skills: Rust
- Mentor(s):
  - Matthew Heon (@mheon, mheon@redhat.com) - primary
  - Paul Holzinger (@Luap99, pholzing@redhat.com)
- Upstream Issue (URL): containers/netavark#1045
                        ^^^^^^^^^^^^^^^^^^^^^^^^ url-format
- LFX URL: mentorship.lfx.linuxfoundation.org/project/07efb861-3c5b-4bc2-9986-593656750ffc
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ url-format
`,
    ['url-format'],
  );
  // Both can still be found by a reader: warnings, not errors.
  assert.deepEqual(
    findings.map((finding) => [finding.severity, finding.message]),
    [
      ['warning', '"containers/netavark#1045" is a link in a GitHub comment but plain text in a file; write the URL, https://github.com/containers/netavark/issues/1045.'],
      [
        'warning',
        '"mentorship.lfx.linuxfoundation.org/project/07efb861-3c5b-4bc2-9986-593656750ffc" has no scheme, so GitHub shows it as plain text; write https://mentorship.lfx.linuxfoundation.org/project/07efb861-3c5b-4bc2-9986-593656750ffc.',
      ],
    ],
  );
});

// Adapted from 2025_03-Sep-Nov_README.md (Podman Container Tools) and 2021_03-Fall_README.md (Thanos): a link
// whose target has no scheme, a www. address, and an ftp URL in angle brackets.
test('flags link targets and addresses that are not http(s)', () => {
  const findings = checkedFindings(
    `
### Podman Container Tools

#### Implement flushing of conntrack entries in Netavark on network changes

- Description: This project will involve implementing conntrack entry clearing into Netavark, Podman's network management tool.
- Mentor(s): Matthew Heon (@mheon, mheon@redhat.com), Paul Holzinger (@Luap99, pholzing@redhat.com)
- Upstream Issue (URL):
  [containers/netavark#1045](github.com/containers/netavark/issues/1045)
                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ url-format
- LFX URL: www.mentorship.lfx.linuxfoundation.org/project/07efb861-3c5b-4bc2-9986-593656750ffc
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ url-format

### Thanos

#### Add metrics to track the progress for compaction and downsampling

- Description: This project is about improving the observability of the Thanos compactor component.
- Mentor(s): Ben Ye (@yeya24)
- Upstream Issue (URL): <https://github.com/thanos-io/thanos/issues/3985>
- Apply: <ftp://mentorship.lfx.linuxfoundation.org/project/4c06915e-8e72-4321-95c5-ed0ee9428a32>
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ url-format
`,
    ['url-format'],
  );
  assert.equal(findings[0].message, '"github.com/containers/netavark/issues/1045" is not an http(s) URL.');
  // A link target without a scheme is a broken link into the repository; a www. address is
  // linked by GitHub (with http://); another scheme cannot be opened.
  assert.deepEqual(
    findings.map((finding) => finding.severity),
    ['error', 'hint', 'error'],
  );
});

// From 2025_03-Sep-Nov_README.md (Podman Container Tools, KubeStellar) and 2021_03-Fall_README.md (Thanos):
// a link, a link whose text is the URL, bare and angle-bracket URLs.
test('passes http(s) URLs however they are written', () =>
  check(
    `
### Podman Container Tools

#### Implement flushing of conntrack entries in Netavark on network changes

- Description: This project will involve implementing conntrack entry clearing into Netavark, Podman's network management tool.
- Mentor(s): Matthew Heon (@mheon, mheon@redhat.com), Paul Holzinger (@Luap99, pholzing@redhat.com)
- Upstream Issue (URL):
  [containers/netavark#1045](https://github.com/containers/netavark/issues/1045)
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/07efb861-3c5b-4bc2-9986-593656750ffc

### KubeStellar

#### Implementing End-to-End Playwright Testing for KubeStellar UI

- Description: Build an end-to-end testing framework for the KubeStellar UI using Playwright.
- Mentor(s): Shivam Kumar (@btwshivam, shivam200446@gmail.com), Andy Anderson (@clubanderson, andy@clubanderson.com)
- Upstream Issue:
  [https://github.com/kubestellar/ui/issues/1334](https://github.com/kubestellar/ui/issues/1334)
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/b992256e-ed5f-44f3-8c13-8f3d8726fe00

### Thanos

#### Add metrics to track the progress for compaction and downsampling

- Description: This project is about improving the observability of the Thanos compactor component.
- Mentor(s): Ben Ye (@yeya24)
- Upstream Issue (URL): <https://github.com/thanos-io/thanos/issues/3985>
- Apply: <https://mentorship.lfx.linuxfoundation.org/project/4c06915e-8e72-4321-95c5-ed0ee9428a32>
`,
    ['url-format'],
  ));

// From gsoc_2024.md (KubeArmor, line 154): the issue as GitHub's short reference, which a file
// shows as plain text. The fix links it; it guesses the URL's form, so Fix All leaves it.
test('links a short reference, as a fix that is not safe', () => {
  const text = `#### KubeArmor

##### KubeArmor Rancher Extension

- Description: The goal is to create an extension for Rancher, a Kubernetes management platform, which will enable interaction with KubeArmor.
- Recommended Skills: Rancher, Grafana stack, Javascript
- Mentor(s):
  - Barun Acharya (@daemon1024, barun1024@gmail.com) - primary
  - Prashant Mishra (@primalpimmy, prashant20.pm@gmail.com)
- Upstream Issue: kubearmor/KubeArmor#992
`;
  const [finding] = lint(parseProposal(text)).filter((candidate) => candidate.rule === 'url-format');
  assert.equal(finding.severity, 'warning');
  const [fix] = finding.fixes;
  assert.equal(fix.safe, false);
  const fixed = applyEdits(text, fix.edits);
  assert.ok(fixed.includes('- Upstream Issue: [kubearmor/KubeArmor#992](https://github.com/kubearmor/KubeArmor/issues/992)\n'));
  assert.deepEqual(lint(parseProposal(fixed)).filter((candidate) => candidate.rule === 'url-format'), []);
});

// Adapted from 2025_03-Sep-Nov_README.md (Podman Container Tools): the LFX URL without its scheme.
// Adding https:// keeps the address as written: a safe fix, and done once.
test('adds the scheme to an address, as a safe fix', () => {
  const before = `
### Podman Container Tools

#### Implement flushing of conntrack entries in Netavark on network changes

- Description: This project will involve implementing conntrack entry clearing into Netavark, Podman's network management tool.
- Mentor(s): Matthew Heon (@mheon, mheon@redhat.com), Paul Holzinger (@Luap99, pholzing@redhat.com)
- Upstream Issue (URL): https://github.com/containers/netavark/issues/1045
- LFX URL: mentorship.lfx.linuxfoundation.org/project/07efb861-3c5b-4bc2-9986-593656750ffc
`;
  checkFix(before, 'url-format', before.replace('LFX URL: mentorship', 'LFX URL: https://mentorship'));
  const [finding] = lint(parseProposal(before.slice(1))).filter((candidate) => candidate.rule === 'url-format');
  assert.equal(finding.fixes[0].safe, true);
});

// From 2025_03-Sep-Nov_README.md (Kubernetes, line 876) and 2023_01-Mar-May_README.md (Harbor):
// a URL in parentheses and a link whose text is an address; emails and code are not addresses.
test('passes addresses in link texts, emails and code', () =>
  check(
    `
### kube-burner

#### Kube-burner: Support for Custom Metrics

- Description: Add support for custom metrics to kube-burner, such as \`kube-burner.io/v1\` measurements.
- Mentor(s):
  -  Vishnu Challa (@vishnuchalla, vchalla@redhat.com) 
  -  Raul Sevilla (@rsevilla87, rsevilla@redhat.com)
- Upstream Issues: (https://github.com/kube-burner/kube-burner/issues)
- LFX URL: [mentorship.lfx.linuxfoundation.org/project/bafc9296-3069-432e-b1fc-600b7a6ad590](https://mentorship.lfx.linuxfoundation.org/project/bafc9296-3069-432e-b1fc-600b7a6ad590)
`,
    ['url-format'],
  ));

// A placeholder in place of the issue: the entry cannot be followed (an error, on the value).
test('flags a value with no address at all', () => {
  const findings = checkedFindings(
    `
### Podman Container Tools

#### Implement flushing of conntrack entries in Netavark on network changes

- Description: This project will involve implementing conntrack entry clearing into Netavark, Podman's network management tool.
- Mentor(s): Matthew Heon (@mheon, mheon@redhat.com), Paul Holzinger (@Luap99, pholzing@redhat.com)
- Upstream Issue (URL): TBD
                        ^^^ url-format
`,
    ['url-format'],
  );
  assert.equal(findings[0].severity, 'error');
  assert.equal(findings[0].message, 'The Upstream Issue (URL) value is not an http(s) URL.');
});
