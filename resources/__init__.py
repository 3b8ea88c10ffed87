"""Icons, themes and translations, shipped inside the wheel as ``console._resources``."""
