import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, checkedFindings } from '../../helpers/check';

// Adapted from 2025_03-Sep-Nov_README.md (Podman Container Tools): the issue written as its short reference,
// and the LFX URL without its scheme.
test('flags a value with no URL in it', () => {
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
  assert.equal(findings[0].message, 'The Upstream Issue (URL) value is not an http(s) URL.');
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
