-- A real editor as the client: Neovim 0.7 (Debian) starts the built server, opens a draft and
-- prints what arrives, one fact per line, for nvim-lsp.test.ts to check. Exits non-zero on failure.
-- 0.7 has no vim.lsp.start (0.8) and no `nvim -l` (0.9): start_client + buf_attach_client, run with -c luafile.
local file = assert(os.getenv('ILACS_DRAFT'), 'ILACS_DRAFT is not set')
local server = assert(os.getenv('ILACS_SERVER'), 'ILACS_SERVER is not set')
local timeout_ms = tonumber(os.getenv('ILACS_TIMEOUT_MS') or '10000')
local function out(s) io.stdout:write(s .. '\n') end
local function fail(msg) io.stderr:write('FAIL: ' .. msg .. '\n'); vim.cmd('cquit 1') end
local function position(name)
  return { line = tonumber(os.getenv(name .. '_LINE')), character = tonumber(os.getenv(name .. '_CHARACTER')) }
end

local client_id = vim.lsp.start_client({
  name = 'ilacs',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
})
if not client_id then return fail('start_client returned nil') end
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id)

local ok = vim.wait(timeout_ms, function() return #vim.diagnostic.get(bufnr) > 0 end, 20)
if not ok then return fail('no diagnostics within ' .. timeout_ms .. ' ms') end
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  out(('DIAGNOSTIC %s %d %d %s'):format(tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)), d.lnum, d.col, vim.diagnostic.severity[d.severity]))
end

local uri = vim.uri_from_bufnr(bufnr)
local completion = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', { textDocument = { uri = uri }, position = position('ILACS_COMPLETION') }, 5000)
local items = completion and completion[client_id] and completion[client_id].result
if not items then return fail('no completion result') end
for _, item in ipairs(items.items or items) do out('COMPLETION ' .. item.label) end

local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = position('ILACS_HOVER') }, 5000)
local contents = hover and hover[client_id] and hover[client_id].result and hover[client_id].result.contents
if not contents then return fail('no hover result') end
out('HOVER ' .. (contents.value or vim.inspect(contents)):gsub('\n', ' '))

vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
out('PASS')
vim.cmd('qall!')
