-- End-to-end test of the Recoupe plugin in real Neovim (headless): draft -> diagnostics -> hover -> quick fix, against a real server.
-- Run: RECOUPE_BIN=/abs/recoupe RECOUPE_WORKSPACE=/abs/ws nvim --headless --clean -l editors/nvim/tests/e2e.lua
-- The workspace holds recoupe.toml, sources/ and draft.md (editors/tests/make-workspace.sh makes one).
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
    say('FAIL ' .. name .. (detail and (': ' .. detail) or ''))
  end
  return ok
end
local function finish()
  say(('%d passed, %d failed'):format(passed, failed))
  local log = vim.lsp.get_log_path()
  if failed > 0 and vim.uv.fs_stat(log) then
    say('--- tail of ' .. log)
    local lines = vim.fn.readfile(log)
    for i = math.max(1, #lines - 30), #lines do
      say(lines[i])
    end
  end
  os.exit(failed == 0 and 0 or 1)
end
local function must(name, ok, detail)
  if not check(name, ok, detail) then
    finish()
  end
end

-- Only this plugin on the runtimepath: lsp/recoupe.lua must be found there by vim.lsp.enable.
vim.opt.runtimepath:prepend(plugin)
vim.cmd('filetype on')
vim.lsp.set_log_level('warn')
vim.lsp.config('recoupe', { cmd = { bin, 'lsp' } })
vim.lsp.enable('recoupe')

-- 1. Open the draft.
local draft = ws .. '/draft.md'
vim.cmd.cd(ws)
vim.cmd.edit(draft)
local buf = vim.api.nvim_get_current_buf()
must('draft is markdown', vim.bo[buf].filetype == 'markdown', vim.bo[buf].filetype)

local client
must('server attaches', vim.wait(timeout, function()
  client = vim.lsp.get_clients({ bufnr = buf, name = 'recoupe' })[1]
  return client ~= nil and client.initialized
end, 50))
check('root is the workspace (recoupe.toml marker)', vim.fs.normalize(client.root_dir or '') == vim.fs.normalize(vim.uv.fs_realpath(ws)), client.root_dir)

-- 2. Wait for the diagnostics.
local function contradicted()
  return vim.tbl_filter(function(d)
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    return d.source == 'recoupe' and code == 'contradicted'
  end, vim.diagnostic.get(buf))
end
must('a contradicted diagnostic arrives', vim.wait(timeout, function()
  return #contradicted() > 0
end, 50), ('%d diagnostics'):format(#vim.diagnostic.get(buf)))

-- 3. The contradicted claim is "4 200" (foyers), and the diagnostic points at the corpus evidence.
local d
for _, x in ipairs(contradicted()) do
  local line = vim.api.nvim_buf_get_lines(buf, x.lnum, x.lnum + 1, false)[1]
  if line:find('foyers', 1, true) then
    d = x
  end
end
must('contradicted claim on the "foyers" line', d ~= nil)
local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1]
local span = line:sub(d.col + 1, d.end_col)
check('diagnostic covers the wrong figure', span:find('4 200', 1, true) ~= nil, ('%q'):format(span))
check('severity is error', d.severity == vim.diagnostic.severity.ERROR, tostring(d.severity))
local lsp_d = d.user_data and d.user_data.lsp or {}
local rel = lsp_d.relatedInformation or {}
check(
  'related information points at inondations-1.md',
  #rel > 0 and rel[1].location.uri:find('inondations%-1%.md') ~= nil,
  vim.inspect(rel):sub(1, 200)
)

-- 4. Hover on the figure: the real UI path (vim.lsp.buf.hover opens a float), then read the float.
vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col + 1 })
vim.lsp.buf.hover()
local hover_text = ''
local got_hover = vim.wait(timeout, function()
  for _, w in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(w).relative ~= '' then
      hover_text = table.concat(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(w), 0, -1, false), '\n')
      return hover_text ~= ''
    end
  end
  return false
end, 50)
check('hover float opens', got_hover)
check('hover cites the source file', hover_text:find('inondations-1.md', 1, true) ~= nil, hover_text:sub(1, 300))
check('hover gives the corpus figure', hover_text:find('2 400', 1, true) ~= nil, hover_text:sub(1, 300))
-- The source's title and date, from its front matter.
check('hover gives the source title and date', hover_text:find('Crue de la Sarthe', 1, true) ~= nil and hover_text:find('2025-01-27', 1, true) ~= nil, hover_text:sub(1, 400))
-- Close the float the way a user would, so the quick fix edits the draft and not the float.
for _, w in ipairs(vim.api.nvim_list_wins()) do
  if vim.api.nvim_win_get_config(w).relative ~= '' then
    vim.api.nvim_win_close(w, true)
  end
end

-- 5. The quick fix, through vim.lsp.buf.code_action: with apply=true and one preferred action left, it applies at once.
local seen = {}
vim.lsp.buf.code_action({
  apply = true,
  context = { diagnostics = { lsp_d } },
  filter = function(a)
    seen[#seen + 1] = a.title
    return a.isPreferred == true
  end,
})

-- 6. The buffer's new text.
local fixed = vim.wait(timeout, function()
  local l = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1]
  return l:find('2 400 foyers', 1, true) ~= nil
end, 50)
local new_line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1]
check('quick fix writes "2 400 foyers"', fixed, ('line: %q; actions: %s'):format(new_line, table.concat(seen, ' | ')))
check('the wrong figure is gone', not new_line:find('4 200', 1, true), new_line)
check('the rest of the line is untouched', new_line == line:gsub('4 200', '2 400', 1), new_line)
local function offered(word)
  return vim.iter(seen):any(function(t)
    return t:lower():find(word, 1, true) ~= nil
  end)
end
-- The draft is French, so are the titles: « Insérer la référence », « Ignorer cette affirmation ».
check('"Insert citation" and "Ignore this claim" are offered too', (offered('citation') or offered('référence')) and offered('ignore'), table.concat(seen, ' | '))
check('the diagnostic clears after the fix', vim.wait(timeout, function()
  return #vim.tbl_filter(function(x)
    return x.lnum == d.lnum
  end, contradicted()) == 0
end, 50))

finish()
