// The preview's script: renders the organisation tree sent by the extension. Every document
// string is set as text (textContent), never as HTML; links and card clicks become messages
// to the extension, which decides what to open. Updates keep the scroll position, the
// filter and which organisations are collapsed, so typing does not make the view jump.
// @ts-check
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview host.
  const vscode = acquireVsCodeApi();
  const tree = /** @type {HTMLElement} */ (document.getElementById('tree'));
  const filter = /** @type {HTMLInputElement} */ (document.getElementById('filter'));
  const count = /** @type {HTMLElement} */ (document.getElementById('count'));
  const term = /** @type {HTMLElement} */ (document.getElementById('term'));
  const state = vscode.getState() || { filter: '', collapsed: [] };
  filter.value = state.filter;
  /** @type {any} */
  let current = null;

  /** Creates an element with a class and text. */
  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** The words a project is found by: title, mentors, skills, upstream. */
  function matches(project, query) {
    if (!query) return true;
    return query
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .every((word) => {
        const [kind, value] = word.includes(':') ? word.split(/:(.*)/) : ['', word];
        const mentors = project.mentors.map((m) => `${m.name} ${m.handle} ${m.email}`.toLowerCase());
        const skills = project.skills.map((s) => s.toLowerCase());
        if (kind === 'skill') return skills.some((s) => s.includes(value));
        if (kind === 'mentor') return mentors.some((m) => m.includes(value));
        return [project.title.toLowerCase(), ...mentors, ...skills, ...project.upstream.map((u) => u.toLowerCase())].some((t) => t.includes(value));
      });
  }

  function badge(problems) {
    if (problems.error > 0) return element('span', 'badge error', `${problems.error} ✕`);
    if (problems.warning > 0) return element('span', 'badge warning', `${problems.warning} !`);
    return element('span', 'badge ok', '✓');
  }

  function card(project) {
    const node = element('article', 'card');
    node.tabIndex = 0;
    node.setAttribute('role', 'button');
    node.dataset.line = String(project.range.start.line);
    node.append(element('h3', '', project.title), badge(project.problems));
    const problems = project.problems.error + project.problems.warning;
    node.title = problems ? `${project.problems.error} errors, ${project.problems.warning} warnings: click to show the entry` : 'Click to show the entry';
    // A GSoC idea's size, as a tag under its title.
    if (project.size) node.append(element('p', 'size', `Size: ${project.size}`));
    if (project.mentors.length) {
      const names = project.mentors.map((m) => [m.name, m.handle].filter(Boolean).join(' ') + (m.primary ? ' (primary)' : '')).filter(Boolean);
      node.append(element('p', 'mentors', `Mentors: ${names.join(', ')}`));
    }
    if (project.skills.length) {
      const list = element('ul', 'skills');
      for (const skill of project.skills) list.append(element('li', '', skill));
      node.append(list);
    }
    for (const url of project.upstream.slice(0, 1)) {
      const line = element('p', 'upstream', 'Upstream: ');
      if (/^https?:\/\//i.test(url)) {
        const link = element('a', '', url);
        link.href = '#';
        link.dataset.url = url;
        line.append(link);
      } else {
        line.append(document.createTextNode(url));
      }
      node.append(line);
    }
    return node;
  }

  function render() {
    const scroll = window.scrollY;
    const query = filter.value.trim();
    if (!current) {
      term.textContent = 'LFX Proposals';
      tree.replaceChildren(element('p', 'empty', 'Open an LFX proposal file to see its organisations and projects.'));
      count.textContent = '';
      return;
    }
    term.textContent = current.term || 'LFX Proposals';
    const fragment = document.createDocumentFragment();
    let shown = 0;
    let total = 0;
    // An organisation's details hold its own project cards, then its sub-organisations
    // (`Headlamp` in Kubernetes), each a details of its own.
    const orgNode = (org) => {
      const projects = org.projects.filter((project) => matches(project, query));
      const subOrgs = (org.subOrgs || []).map(orgNode).filter(Boolean);
      const own = org.projects.length + (org.subOrgs || []).reduce((sum, sub) => sum + sub.projects.length, 0);
      total += org.projects.length;
      shown += projects.length;
      if (query && projects.length === 0 && subOrgs.length === 0) return undefined;
      const details = /** @type {HTMLDetailsElement} */ (element('details', 'org'));
      details.open = !state.collapsed.includes(org.name);
      details.dataset.org = org.name;
      const summary = element('summary', '', org.name);
      summary.append(element('span', 'org-count', `${own} project${own === 1 ? '' : 's'}`));
      const cards = element('div', 'cards');
      for (const project of projects) cards.append(card(project));
      details.append(summary, cards, ...subOrgs);
      return details;
    };
    for (const org of current.orgs) {
      const node = orgNode(org);
      if (node) fragment.append(node);
    }
    if (shown === 0) fragment.append(element('p', 'empty', query ? 'No project matches the filter.' : 'No projects in this file yet.'));
    tree.replaceChildren(fragment);
    count.textContent = query ? `${shown} of ${total} projects` : `${current.orgs.length} organisations, ${total} projects`;
    window.scrollTo(0, scroll);
  }

  tree.addEventListener('click', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const link = target.closest('a[data-url]');
    if (link) {
      event.preventDefault();
      vscode.postMessage({ type: 'open', url: /** @type {HTMLElement} */ (link).dataset.url });
      return;
    }
    const cardNode = target.closest('.card');
    if (cardNode) vscode.postMessage({ type: 'reveal', line: Number(/** @type {HTMLElement} */ (cardNode).dataset.line) });
  });
  tree.addEventListener('keydown', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    if ((event.key === 'Enter' || event.key === ' ') && target.classList.contains('card')) {
      event.preventDefault();
      vscode.postMessage({ type: 'reveal', line: Number(target.dataset.line) });
    }
  });
  tree.addEventListener(
    'toggle',
    (event) => {
      const details = /** @type {HTMLDetailsElement} */ (event.target);
      const name = details.dataset.org;
      if (!name) return;
      state.collapsed = details.open ? state.collapsed.filter((n) => n !== name) : [...new Set([...state.collapsed, name])];
      vscode.setState(state);
    },
    true,
  );
  filter.addEventListener('input', () => {
    state.filter = filter.value;
    vscode.setState(state);
    render();
  });
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'tree') {
      current = message.tree;
      render();
    }
  });
  render();
  vscode.postMessage({ type: 'ready' });
})();
