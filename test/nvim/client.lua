-- A headless Neovim (0.7) with its built-in LSP client attached to dist/server.js: opens a
-- proposal file, waits for diagnostics, asks for a completion after "@", writes what it got
-- as JSON to $LFX_NVIM_OUT and quits. Driven by nvim.test.ts.
local server = os.getenv('LFX_SERVER')
local file = os.getenv('LFX_FILE')
local root = os.getenv('LFX_ROOT')
local out = os.getenv('LFX_NVIM_OUT')
local result = { diagnostics = {}, completion = {}, errors = {}, hover = '', symbols = {}, orgs = {} }

local function finish()
  local handle = io.open(out, 'w')
  handle:write(vim.fn.json_encode(result))
  handle:close()
  vim.cmd('qall!')
end

local ok, failure = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  vim.bo.filetype = 'markdown'
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'lfx-proposals',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'root' } },
  })
  assert(client_id, 'the language server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)

  local got = vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 100)
  assert(got, 'no diagnostics within 20 s')
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, { line = d.lnum, col = d.col, code = d.code, severity = d.severity, source = d.source, message = d.message })
  end

  -- Ask for a completion right after the "@" of the mentor line.
  local line, col
  for index, text in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local at = text:find('@$')
    if at then line, col = index - 1, at end
  end
  assert(line, 'no line ends with "@"')
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = line, character = col } }
  -- The server may still be indexing the other files: ask again until it knows some handles.
  for _ = 1, 20 do
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', params, 20000)
    for _, response in pairs(responses or {}) do
      if response.err then table.insert(result.errors, response.err.message) end
      local items = response.result and (response.result.items or response.result) or {}
      for _, item in ipairs(items) do table.insert(result.completion, { label = item.label, detail = item.detail }) end
    end
    if #result.completion > 0 then break end
    vim.wait(250)
  end

  -- Hover on the first handle, the outline, and the custom org-tree request.
  local uri = vim.uri_from_bufnr(bufnr)
  local first = vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1]
  local handle_col = first:find('@ann') or 1
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = line, character = handle_col } }, 20000)
  for _, response in pairs(hover or {}) do
    if response.result then result.hover = response.result.contents.value or '' end
  end
  local function names(symbols, depth)
    for _, symbol in ipairs(symbols or {}) do
      table.insert(result.symbols, string.rep('  ', depth) .. symbol.name)
      names(symbol.children, depth + 1)
    end
  end
  local outline = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', { textDocument = { uri = uri } }, 20000)
  for _, response in pairs(outline or {}) do names(response.result, 0) end
  local tree = vim.lsp.buf_request_sync(bufnr, 'lfxProposals/orgTree', { uri = uri }, 20000)
  for _, response in pairs(tree or {}) do
    if response.err then table.insert(result.errors, response.err.message) end
    for _, org in ipairs(response.result and response.result.orgs or {}) do
      table.insert(result.orgs, { name = org.name, projects = #org.projects })
    end
  end
end)
if not ok then table.insert(result.errors, tostring(failure)) end
finish()
