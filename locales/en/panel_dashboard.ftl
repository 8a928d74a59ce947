## The staff panel's dashboard: residents, proposals, payment guides and programmes' targets

panel-nav-dashboard = Dashboard
panel-dash-title = Dashboard
panel-dash-where = Municipality
panel-dash-all = All municipalities
panel-dash-not-allowed = You do not have access to this. Only staff of the municipality can see its dashboard.
panel-dash-residents = { $count ->
        [one] { $count } resident
       *[other] { $count } residents
    }
panel-dash-count = Number
panel-dash-none = Nothing yet.
panel-dash-no-community = No community chosen
panel-dash-proposals = { $count ->
        [one] { $count } proposal
       *[other] { $count } proposals
    }
panel-dash-period = Proposals sent in the period chosen above.
panel-dash-to-decision = Usual time until a moderator's decision (median)
panel-dash-to-answer = Usual time from the forward until the authority's answer (median)
panel-dash-of = { $count ->
        [one] counted on { $count } proposal
       *[other] counted on { $count } proposals
    }
panel-dash-guides = Payment guides in this period
panel-dash-guide = Guide
panel-dash-every-guide = Every guide
panel-dash-measure-started = Started
panel-dash-measure-completed = Completed
panel-dash-measure-paid = Paid online
panel-dash-total = Total
panel-dash-targets = Targets of programmes
panel-target-programme = Programme
panel-target-measure = What is counted
panel-target-period = Period
panel-target-progress = Progress
panel-target-reached = { $count } of { $total } ({ $percent }%)
panel-target-remove = Remove
panel-target-none = No targets yet.
panel-target-new = New target
panel-target-number = Target number
panel-target-save = Save the target
panel-target-saved = The target was saved.
panel-target-removed = The target was removed.
panel-target-bad-programme = Please give the programme's name (at most 120 characters).
panel-target-bad-number = Please give the target as a number, 1 or more.
panel-target-bad-period = Please give the first and the last day of the period, the first one before the last.
panel-target-bad-guide = This guide is not known.
panel-target-not-allowed = Only administrators of the municipality can set its targets.

# The audit trail's words for what was done in these pages
panel-audit-export = exported a file
panel-audit-role-granted = granted a role
panel-audit-role-revoked = revoked a role
panel-audit-target-set = set a target
panel-audit-target-removed = removed a target
