-- Commands of the Recoupe plugin, available whether it is set up with setup{} or with vim.lsp.enable('recoupe').
vim.api.nvim_create_user_command('RecoupeClaims', function()
  require('recoupe').claims()
end, { desc = 'Recoupe: list the findings of this draft in the location list' })
vim.api.nvim_create_user_command('RecoupeRestart', function()
  require('recoupe').restart()
end, { desc = 'Recoupe: restart the language server' })
