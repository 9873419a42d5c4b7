"""Service Performance: KPIs aggregated in SQL over stored ticket columns, and their charts."""
