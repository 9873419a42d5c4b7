"""Project configuration: settings read from the environment, URLs and WSGI/ASGI entry points."""
