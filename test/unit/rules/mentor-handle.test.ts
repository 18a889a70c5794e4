import { test } from 'node:test';
import { check } from '../../helpers/check';

// From 2025_03-Sep-Nov_README.md (KubeStellar): a name with a space written as the handle.
test('flags a handle with a space', () =>
  check(
    `
### KubeStellar

#### Allow a WDS to work with more than one ITS

- Description: Currently a Workload Description Space (WDS) has Binding objects that refer to inventory objects in exactly one Inventory and Transport Space (ITS).
- Expected Outcome: generalized API and implementation as described.
- Recommended Skills: Familiarity with Kubernetes and KubeStellar.
- Mentor(s):
  - Rainui Ly (@rxinui, rainui.ly@gmail.com)
  - Mike Spreitzer (@Mike Spreitzer, mspreitz@us.ibm.com)
                    ^^^^^^^^^^^^^^^ mentor-handle
- Upstream Issue: https://github.com/kubestellar/kubestellar/issues/3072
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/77a6f9f0-bd0f-4eb4-9d37-408b517f9208
`,
    ['mentor-handle'],
  ));

// The entry of 2025_03-Sep-Nov_README.md (Krkn) with each part of GitHub's rule broken: an
// underscore, a leading, a doubled and a trailing hyphen, and 40 characters (39 is the most).
test("flags each way of breaking GitHub's rule for user names", () =>
  check(
    `
### Krkn

#### Implementing the resiliency score feature

- Description: The idea is to define criteria to measure the resiliency score.
- Expected Outcome: a page in our documentation website
- Recommended Skills: Python
- Mentor(s):
  - Tullio Sebastiani (@t_sebastiani, tsebasti@redhat.com)
                       ^^^^^^^^^^^^^ mentor-handle
  - Tullio Sebastiani (@-tsebastiani, tsebasti@redhat.com)
                       ^^^^^^^^^^^^^ mentor-handle
  - Tullio Sebastiani (@t--sebastiani, tsebasti@redhat.com)
                       ^^^^^^^^^^^^^^ mentor-handle
  - Tullio Sebastiani (@tsebastiani-, tsebasti@redhat.com)
                       ^^^^^^^^^^^^^ mentor-handle
  - Tullio Sebastiani (@tsebastianitsebastianitsebastianitsebast, tsebasti@redhat.com)
                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mentor-handle
  - Tullio Sebastiani (@tsebastianitsebastianitsebastianitsebas, tsebasti@redhat.com)
- Upstream Issue: https://github.com/krkn-chaos/krkn/issues/125
`,
    ['mentor-handle'],
  ));

// From 2026_03-Sep-Nov_README.md (Flatcar Container Linux) and 2021_03-Fall_README.md (Tremor):
// letters, digits and inner hyphens pass; a handle written as a link is mentor-format's.
test('passes valid handles, and leaves linked handles to mentor-format', () =>
  check(
    `
### Flatcar Container Linux

#### Cloud-Init to Butane YAML config transpiler

- Description: This is a software development project (Go language) for transpiling from one well-defined YAML format (cloud-config) into another (butane).
- Recommended Skills: Go, YAML, ClusterAPI, Linux Based OS
- Mentor(s):
  - Mathieu Tortuyaux (@tormath1, mathieu.tortuyaux@gmail.com)
  - Thilo Fromm (@t-lo, thilo.fromm.work@gmail.com)
  - Michael McCune (@elmiko, msm@opbstudios.com)
- Upstream Issue: https://github.com/flatcar/Flatcar/issues/2226

### Tremor

#### Solidify and generalize error handling code in the runtime

- Description: The runtimes error handling code stems from ancient times where rust was younger.
- Recommended Skills: rust
- Mentor(s): [@Matthias Wahl](https://github.com/mfelsche), [@Heinz Gies](https://github.com/Licenser), [@Darach Ennis](https://github.com/darach)
- Issue: <https://github.com/tremor-rs/tremor-runtime/issues/1175>
`,
    ['mentor-handle'],
  ));
