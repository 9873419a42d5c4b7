"""`seed_demo` and `demo_logins`."""
