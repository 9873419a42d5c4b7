"""Text modules: a seller's reusable replies per sales channel and language, with placeholders."""
