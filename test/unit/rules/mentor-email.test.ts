import { test } from 'node:test';
import { check } from '../../helpers/check';

// From 2025_03-Sep-Nov_README.md (Kmesh): an email with two @.
test('flags an email that is not an address', () =>
  check(
    `
### Kmesh

#### Improving Ipsec's Stability and Ease of Use

- Description: Communication encryption is an important functional feature of the Service Mesh to ensure communication security.
- Expected Outcome:
  - UT overlay with enhanced IPSec features
- Recommended Skills:
  - Golang
- Metor(s):
  - ZhenCheng Li(@LiZhenCheng9527, leezhencheng6@gmail.com),
  - Zhonghu Xu(@hzxuzhonghu, zhhxu@163@gmail.com)
                             ^^^^^^^^^^^^^^^^^^^ mentor-email
- Upstream Issue: https://github.com/kmesh-net/kmesh/issues/1457
`,
    ['mentor-email'],
  ));

// From 2023_01-Mar-May_README.md (Cloud Native Buildpacks): in an era-B document where most
// mentors give an email, two mentors give none.
test('flags a mentor without email where the entries give emails', () =>
  check(
    `
### Cloud Native Buildpacks

#### Pack Performance enhancements

- Description: Pack is the reference implementation of a Cloud Native Buildpacks platform.
- Expected Outcome: A benchmark suite around some critical path sections.
- Recommended Skills: Golang, git, software development.
- Mentor(s): Natalie Arellano (@natalieparellano, narellano@vmware.com); Joe Kimmel (@joe-kimmel-vmw, jkimmel@vmware.com)
- Upstream Issue: https://github.com/buildpacks/pack/issues/1610
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/33e0747c-4ab8-4074-aa90-3b908b3a588e

#### Multi-Architecture Builds Support

- Description: The rise of ARM processors has created new binary targets for pre-compiled executables.
- Expected outcome: Improved multi-architecture (including ARM) and multi-os "cross-compilation" support in pack
- Recommended Skills: Golang, software development literacy.
- Mentor(s): Aidan Delaney (@AidanDelaney); Jerico Pena (@jpena-r7); Juan Bustamante (jbustamante@vmware.com, @jjbustamante)
             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-email
                                            ^^^^^^^^^^^^^^^^^^^^^^^ mentor-email
- Upstream Issue (URL): https://github.com/buildpacks/pack/issues/1459
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/ee387e1b-de4e-4c1e-9bef-0239a2e9ca40
`,
    ['mentor-email'],
  ));

// From 2021_03-Fall_README.md (Thanos): era A entries give no emails.
test('passes era-A entries without emails', () =>
  check(
    `
#### Thanos

##### Migrate Thanos to the New Protocol Buffers v2 API

- Description: This project is about updating and optimizing the protocol buffers implementation used in Thanos.
- Recommended Skills: Go
- Mentor(s): Lucas Servén Marín (@squat), Kemal Akkoyun (@kakkoyun), Giedrius Statkevičius (@GiedriusS)
- Upstream Issue (URL): <https://github.com/thanos-io/thanos/issues/4557>
- Apply: <https://mentorship.lfx.linuxfoundation.org/project/32c7f43b-b580-4236-bc8f-dd934a6ea940>
`,
    ['mentor-email'],
  ));

// From 2026_03-Sep-Nov_README.md (Flatcar Container Linux): every mentor with an address.
test('passes era-B entries with their emails', () =>
  check(
    `
### Flatcar Container Linux

#### Nebraska Reporting & Metrics Uplift

- Description: Nebraska is Flatcar Container Linux's update server.
- Expected Outcome: At least one of these pieces delivered end to end.
- Recommended Skills: SQL, PostgreSQL, Go, REST API, React, TypeScript, Prometheus, Full Stack, databases
- Mentor(s):
  - Jan Bronicki (@John15321, jan.bronicki.flatcar@gmail.com)
  - Ervin Racz (@ervcz, raczervin@microsoft.com)
- Upstream Issue: https://github.com/flatcar/Flatcar/issues/2239
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/7be547a2-488d-493f-ab5b-a0ad32fa17d9
`,
    ['mentor-email'],
  ));

// From 2023_01-Mar-May_README.md (Cloud Native Buildpacks): an era-B entry where one mentor of
// three gives an email; where most entries give none, none is asked for.
test('passes mentors without email where most entries give none', () =>
  check(
    `
### Cloud Native Buildpacks

#### Multi-Architecture Builds Support

- Description: The rise of ARM processors has created new binary targets for pre-compiled executables.
- Expected outcome: Improved multi-architecture (including ARM) and multi-os "cross-compilation" support in pack
- Recommended Skills: Golang, software development literacy.
- Mentor(s): Aidan Delaney (@AidanDelaney); Jerico Pena (@jpena-r7); Juan Bustamante (jbustamante@vmware.com, @jjbustamante)
- Upstream Issue (URL): https://github.com/buildpacks/pack/issues/1459
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/ee387e1b-de4e-4c1e-9bef-0239a2e9ca40
`,
    ['mentor-email'],
  ));
