-- The Recoupe server's default config for Neovim 0.11+: found on 'runtimepath' by vim.lsp.enable('recoupe'); override with vim.lsp.config('recoupe', {...}).
---@type vim.lsp.Config
return {
  cmd = { 'recoupe', 'lsp' },
  filetypes = { 'markdown' },
  -- recoupe.toml names the corpus, so it marks the root; .git is the fallback for a draft folder without one.
  root_markers = { 'recoupe.toml', '.git' },
  -- Answered to the server's workspace/configuration requests for section "recoupe".
  -- Left empty so that recoupe.toml decides; keys: corpus, severity, language, debounceMs.
  -- An empty dict, not {}: an empty Lua table would go out as a JSON array.
  settings = { recoupe = vim.empty_dict() },
  before_init = function(params, config)
    -- The same settings travel in initializationOptions, so the server has them before its first check.
    local s = config.settings and config.settings.recoupe
    if s ~= nil then
      params.initializationOptions = s
    end
  end,
}
