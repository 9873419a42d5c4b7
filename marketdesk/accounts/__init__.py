"""Users and their roles, seller accounts, buyers; access.py decides who may see what."""
