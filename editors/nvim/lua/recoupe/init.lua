-- require('recoupe').setup{}: one call that configures and enables the Recoupe language server, and adds :RecoupeClaims and :RecoupeRestart.
local M = {}

--- Options of setup(); every field is optional.
---@class recoupe.Opts
---@field cmd? string[]            the server command (default { 'recoupe', 'lsp' })
---@field server_path? string      shorthand for cmd = { server_path, 'lsp' }
---@field corpus? string[]         corpus folders, overriding recoupe.toml
---@field severity? table<string,string>  code -> "error"|"warning"|"information"|"hint"|"off"
---@field language? string         "fr"|"en"|"auto"
---@field debounce_ms? integer
---@field filetypes? string[]
---@field root_markers? string[]
---@field on_attach? fun(client: vim.lsp.Client, bufnr: integer)
---@field enable? boolean          call vim.lsp.enable (default true)

--- The server's `recoupe` settings from the options: only the keys given, so recoupe.toml fills the rest.
---@param opts recoupe.Opts
---@return table
function M.server_settings(opts)
  local s = {}
  if opts.corpus then
    -- Relative folders resolve against Neovim's cwd here, where the user wrote them.
    s.corpus = vim.tbl_map(function(p)
      local abs = vim.fn.fnamemodify(vim.fs.normalize(p), ':p')
      return (abs:gsub('/$', ''))
    end, opts.corpus)
  end
  if opts.severity then
    s.severity = opts.severity
  end
  if opts.language then
    s.language = opts.language
  end
  if opts.debounce_ms then
    s.debounceMs = opts.debounce_ms
  end
  if next(s) == nil then
    return vim.empty_dict()
  end
  return s
end

--- The vim.lsp.Config that setup() lays over lsp/recoupe.lua.
---@param opts recoupe.Opts
---@return vim.lsp.Config
function M.config(opts)
  opts = opts or {}
  local cfg = { settings = { recoupe = M.server_settings(opts) } }
  if opts.cmd then
    cfg.cmd = opts.cmd
  elseif opts.server_path then
    cfg.cmd = { vim.fs.normalize(opts.server_path), 'lsp' }
  end
  cfg.filetypes = opts.filetypes
  cfg.root_markers = opts.root_markers
  cfg.on_attach = opts.on_attach
  return cfg
end

--- Lists the Recoupe findings of the current buffer in the location list.
function M.claims()
  local bufnr = vim.api.nvim_get_current_buf()
  local items = vim.tbl_filter(function(d)
    return d.source == 'recoupe'
  end, vim.diagnostic.get(bufnr))
  -- toqflist orders its entries by line, so the worst-first order is applied to what it returns.
  local rank = { E = 1, W = 2, I = 3, N = 4 }
  local entries = vim.diagnostic.toqflist(items)
  table.sort(entries, function(a, b)
    local ra, rb = rank[a.type] or 5, rank[b.type] or 5
    if ra ~= rb then
      return ra < rb
    end
    return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col)
  end)
  vim.fn.setloclist(0, {}, ' ', { title = 'Recoupe: claims', items = entries })
  if #items == 0 then
    vim.notify('Recoupe: no findings in this buffer', vim.log.levels.INFO)
  else
    vim.cmd.lopen()
  end
end

--- Restarts the server for every buffer it serves.
function M.restart()
  local clients = vim.lsp.get_clients({ name = 'recoupe' })
  local bufs = {}
  for _, c in ipairs(clients) do
    for b in pairs(c.attached_buffers) do
      bufs[#bufs + 1] = b
    end
    c:stop()
  end
  -- Re-attach once the old clients are gone: vim.lsp.enable starts a new one on the next FileType.
  vim.defer_fn(function()
    for _, b in ipairs(bufs) do
      if vim.api.nvim_buf_is_valid(b) then
        vim.api.nvim_exec_autocmds('FileType', { buffer = b })
      end
    end
  end, 500)
end

---@param opts? recoupe.Opts
function M.setup(opts)
  opts = opts or {}
  if vim.fn.has('nvim-0.11') ~= 1 then
    vim.notify('recoupe.nvim needs Neovim 0.11 or later', vim.log.levels.ERROR)
    return
  end
  vim.lsp.config('recoupe', M.config(opts))
  local cmd = vim.lsp.config.recoupe.cmd
  if type(cmd) == 'table' and vim.fn.executable(cmd[1]) ~= 1 then
    -- Say it once, loudly: otherwise the only sign is a line in the LSP log.
    vim.notify(
      ('Recoupe: server %q not found. Install it with `cargo install --path .` from a Recoupe checkout, '
        .. 'or pass server_path = "/path/to/recoupe" to setup().'):format(cmd[1]),
      vim.log.levels.WARN
    )
  end
  if opts.enable ~= false then
    vim.lsp.enable('recoupe')
  end
end

return M
