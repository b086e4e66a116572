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
  handlers = {
    -- Neovim 0.11 pulls diagnostics but does not support workspace/diagnostic/refresh, so it would not hear
    -- that the server finished (re)loading a corpus: a draft opened before the corpus was ready, or checked
    -- against a corpus since changed on disk, would keep stale diagnostics until the next edit. The server
    -- reports each load as $/progress: pull again for our buffers when one ends.
    ['$/progress'] = function(err, result, ctx)
      vim.lsp.handlers['$/progress'](err, result, ctx)
      local value = result and result.value
      if type(value) ~= 'table' or value.kind ~= 'end' then
        return
      end
      local client = vim.lsp.get_client_by_id(ctx.client_id)
      if not client or not client:supports_method('textDocument/diagnostic') then
        return
      end
      for bufnr in pairs(client.attached_buffers) do
        if vim.api.nvim_buf_is_loaded(bufnr) then
          client:request('textDocument/diagnostic', {
            textDocument = vim.lsp.util.make_text_document_params(bufnr),
          }, nil, bufnr)
        end
      end
    end,
  },
  before_init = function(params, config)
    -- The same settings travel in initializationOptions, so the server has them before its first check.
    local s = config.settings and config.settings.recoupe
    if s ~= nil then
      params.initializationOptions = s
    end
  end,
}
