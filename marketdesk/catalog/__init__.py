"""Storefronts (sales channels): currency, language, time zone and the country's working-day calendar."""
