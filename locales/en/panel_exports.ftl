## The staff panel's exports

panel-nav-exports = Exports
panel-export-title = Exports
panel-export-how = Choose what to export, of which municipality, and in which format. The file holds only what you may see in the panel, and the download is recorded in the audit trail.
panel-export-what = What
panel-export-proposals = Proposals, with their history
panel-export-events = Consultations, with their answers counted
panel-export-answers = Answers to consultations, one per line
panel-export-indicators = Payment guides: started, completed, paid online
panel-export-of = Of which municipality, in which format
panel-export-format = Format
panel-export-download = Download
panel-export-period-hint = The period counts for the payment guides only.
panel-export-safe = Texts that look like spreadsheet formulas are kept as plain text.
panel-export-not-allowed = You do not have access to this export. Ask the administrator of the municipality for a role.
