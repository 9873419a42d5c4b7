"""Marketdesk: the customer-enquiry ticket system of an online marketplace."""
