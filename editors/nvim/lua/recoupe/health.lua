-- :checkhealth recoupe: is Neovim recent enough, is the server found, is it attached to this buffer.
local M = {}

function M.check()
  vim.health.start('recoupe')
  if vim.fn.has('nvim-0.11') == 1 then
    vim.health.ok('Neovim 0.11 or later')
  else
    vim.health.error('Neovim 0.11 or later is needed (vim.lsp.config / vim.lsp.enable)')
  end
  local cfg = vim.lsp.config.recoupe
  local cmd = cfg and cfg.cmd
  if type(cmd) == 'table' then
    if vim.fn.executable(cmd[1]) == 1 then
      vim.health.ok(('server: %s'):format(vim.fn.exepath(cmd[1])))
    else
      vim.health.error(('server %q not found'):format(cmd[1]), {
        'cargo install --path . (in a Recoupe checkout)',
        "or vim.lsp.config('recoupe', { cmd = { '/path/to/recoupe', 'lsp' } })",
      })
    end
  end
  local clients = vim.lsp.get_clients({ name = 'recoupe' })
  if #clients > 0 then
    vim.health.ok(('%d client(s) running, root %s'):format(#clients, clients[1].root_dir or '?'))
  else
    vim.health.info('no client running (open a markdown file in a folder with recoupe.toml or .git)')
  end
end

return M
