"""The return-option policy: pure rules over plain values (buyer intent, seller return options, decisions)."""
