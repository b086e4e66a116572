-- Tests of the plugin's configuration paths in real Neovim (headless): lsp/recoupe.lua defaults, and require('recoupe').setup{} starting a real server.
-- Run: RECOUPE_BIN=/abs/recoupe RECOUPE_WORKSPACE=/abs/ws nvim --headless --clean -l editors/nvim/tests/setup_spec.lua
-- Prints one line per check and a closing "N passed, N failed"; exits non-zero on any failure.

-- Absolute, since the test changes directory to the workspace and 'runtimepath' must still find the plugin.
local plugin = vim.fs.dirname(vim.fs.dirname(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p')))
local bin = assert(os.getenv('RECOUPE_BIN'), 'RECOUPE_BIN is not set')
local ws = assert(os.getenv('RECOUPE_WORKSPACE'), 'RECOUPE_WORKSPACE is not set')
local timeout = tonumber(os.getenv('RECOUPE_TIMEOUT_MS') or '') or 30000

-- Plain stdout lines: print() in `nvim -l` puts the newline before the text, which would glue the closing line to what follows.
local function say(s)
  io.stdout:write(s, '\n')
end

local passed, failed = 0, 0
local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    say('ok   ' .. name)
  else
    failed = failed + 1
    say('FAIL ' .. name .. (detail and (': ' .. tostring(detail)) or ''))
  end
  return ok
end

vim.opt.runtimepath:prepend(plugin)
vim.cmd('filetype on')
vim.cmd('runtime! plugin/recoupe.lua')

-- The shipped defaults, as vim.lsp.enable('recoupe') would use them.
local def = vim.lsp.config.recoupe
check('lsp/recoupe.lua is found on the runtimepath', def ~= nil)
check('default cmd is recoupe lsp', vim.deep_equal(def.cmd, { 'recoupe', 'lsp' }), vim.inspect(def.cmd))
check('filetypes: markdown', vim.deep_equal(def.filetypes, { 'markdown' }), vim.inspect(def.filetypes))
check('root markers: recoupe.toml, .git', vim.deep_equal(def.root_markers, { 'recoupe.toml', '.git' }), vim.inspect(def.root_markers))
check('default settings go out as an empty object, not an array', vim.json.encode(def.settings.recoupe) == '{}', vim.json.encode(def.settings.recoupe))

-- server_settings keeps only what was given, and makes corpus folders absolute.
local recoupe = require('recoupe')
vim.cmd.cd(ws)
local s = recoupe.server_settings({ corpus = { 'sources' }, severity = { unsupported = 'off' }, debounce_ms = 50 })
check('corpus made absolute against the cwd', s.corpus[1] == vim.fs.normalize(vim.fn.getcwd()) .. '/sources', vim.inspect(s.corpus))
check('severity and debounceMs mapped', s.severity.unsupported == 'off' and s.debounceMs == 50 and s.language == nil, vim.inspect(s))
check('user commands exist', vim.fn.exists(':RecoupeClaims') == 2 and vim.fn.exists(':RecoupeRestart') == 2)

-- setup{}: one call, then a real server starts on the draft with the settings.
recoupe.setup({ server_path = bin, corpus = { 'sources' }, severity = { unsupported = 'off' } })
local cfg = vim.lsp.config.recoupe
check('setup sets cmd from server_path', cfg.cmd[1] == bin and cfg.cmd[2] == 'lsp', vim.inspect(cfg.cmd))
check('setup keeps the shipped filetypes', vim.deep_equal(cfg.filetypes, { 'markdown' }), vim.inspect(cfg.filetypes))
local params = {}
cfg.before_init(params, cfg)
local init = params.initializationOptions or {}
check('initializationOptions carry the settings', init.severity and init.severity.unsupported == 'off' and init.corpus ~= nil, vim.inspect(init))
check('setup enables the server', vim.lsp.is_enabled == nil or vim.lsp.is_enabled('recoupe'))

vim.cmd.edit(ws .. '/draft.md')
local buf = vim.api.nvim_get_current_buf()
local client
local attached = vim.wait(timeout, function()
  client = vim.lsp.get_clients({ bufnr = buf, name = 'recoupe' })[1]
  return client ~= nil and client.initialized
end, 50)
check('setup{} server attaches to the draft', attached)
if attached then
  check('workspace/configuration answers the settings', client.settings.recoupe.severity.unsupported == 'off', vim.inspect(client.settings))
  check('diagnostics arrive under setup{}', vim.wait(timeout, function()
    return #vim.tbl_filter(function(d)
      return d.source == 'recoupe'
    end, vim.diagnostic.get(buf)) > 0
  end, 50))
  vim.cmd('RecoupeClaims')
  local ll = vim.fn.getloclist(0, { items = 1, title = 1 })
  check(':RecoupeClaims fills the location list', #ll.items > 0 and ll.title == 'Recoupe: claims', vim.inspect(ll.title))
  -- Worst first: every error before every warning, whatever their lines (the example draft has a warning above an error).
  local rank = { E = 1, W = 2, I = 3, N = 4 }
  local order, sorted = {}, true
  for i, it in ipairs(ll.items) do
    order[#order + 1] = it.type .. it.lnum
    if i > 1 and (rank[it.type] or 5) < (rank[ll.items[i - 1].type] or 5) then
      sorted = false
    end
  end
  check(':RecoupeClaims lists the worst first', sorted, table.concat(order, ' '))
  vim.cmd('silent checkhealth recoupe')
  local health = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  check(':checkhealth recoupe finds the server and the client', health:find('OK server: ' .. bin, 1, true) ~= nil
    and health:find('client(s) running', 1, true) ~= nil, health)
end

say(('%d passed, %d failed'):format(passed, failed))
os.exit(failed == 0 and 0 or 1)
