"""Accounts, roles, the audit log, revealing masked values, backups, retention and exchange between PCs."""
