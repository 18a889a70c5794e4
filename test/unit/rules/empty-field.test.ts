import { test } from 'node:test';
import { check } from '../../helpers/check';

// From 2022_01-Spring_project_ideas.md (Elekto): "- Mentor(s):" with nothing after it.
test('flags a field with no value', () =>
  check(
    `
#### Elekto

##### Elections Security Improvements

- Description: Elekto is the election software used by Kubernetes.
- Recommended Skills: Go
- Mentor(s):
  ^^^^^^^^^^ empty-field
- Upstream Issue (URL): https://github.com/elekto-io/elekto/issues/1
`,
    ['empty-field'],
  ));

test('a value on the lines below the label (sub-list, block quote) is a value', () =>
  check(
    `
### Apicurio Registry

#### MCP Tool Validation and Compatibility Checking

- Description:

  > ## Description
  > Apicurio Registry supports MCP_TOOL artifacts.

- Recommended Skills:
  - Java
- Mentor(s):
  - Carles Arnal (@carlesarnal, carnalca@ibm.com)
- Upstream Issue: https://github.com/Apicurio/apicurio-registry/issues/8427
`,
    ['empty-field'],
  ));
