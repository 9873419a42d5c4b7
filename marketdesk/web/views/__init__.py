"""Views of the portals, one module per area: seller tickets, text modules, buyer portal, CS console."""
