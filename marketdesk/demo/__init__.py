"""Demo data: a realistic marketplace written through the project's own services (`manage.py seed_demo`)."""
