"""Follow-up work (issue 4): one customer one manager, contact records, due lists, feedback, scorecard, effectiveness.

Every function takes the database and the acting ``Actor``, returns frozen dataclasses (labels in
Chinese, money in 分), and raises ``codes.FollowupRefused`` (nothing written) for anything it
cannot accept. Each checks the actor's role first (``PermissionDenied``, core/security/permissions.py)
and limits customers to those the role sees (``OutOfScope``, core/risk/access.py); each change is
audited in its own transaction (core/security/audit.py). The entry points other code uses (docs/followup.md explains every figure):

* staff.py: ``list_staff(db, actor)``, ``add_staff(db, actor, name, employee_no, role)``
* assignment.py: ``assign_customer(db, actor, customer_no, staff)``, ``handover(db, actor, from_staff,
  to_staff, note=)``, ``manager_history(db, actor, customer_no)``, ``unassigned_customers(db, actor)``
* contacts.py: ``add_contact(db, actor, ContactInput(...))``, ``edit_contact(db, actor, id, changes)``;
  contact_queries.py: ``list_contacts(db, actor, customer_no=, staff=, period=)``, ``get_contact``,
  ``contact_revisions``
* cadence.py: ``due_list(db, actor, staff=None, today=)``
* feedback.py: ``add_feedback``, ``set_feedback_status``, ``list_feedback``; digest.py:
  ``feedback_digest(db, actor, period)``
* scorecard.py: ``scorecard(db, actor, period, today=)``; scorecard_detail.py:
  ``scorecard_lines(db, actor, period, staff, today=)``
* effectiveness.py: ``effectiveness(db, actor, period)``

Modules are imported directly (``from core.followup.scorecard import scorecard``): this package
imports nothing itself, so the import writer can use owners.py without loading the rest.
"""
