"""The shift report: :mod:`build` turns the services' figures into a :class:`model.ReportData`,
and :mod:`pdf`, :mod:`xlsx` and :mod:`csv_zip` draw it; :mod:`export` is the one entry point
for the CLI (`composure report`) and the window's Reports menu."""
