// Draws the dashboard's bar charts from the figures the page carries as JSON (no inline script: the CSP forbids it).
(function () {
  var data = JSON.parse(document.getElementById('dashboard-data').textContent);
  var colours = {SC: '#0b4f8a', CQ: '#b45309'};

  function chart(id, rows, keys) {
    var provinces = Array.from(new Set(rows.map(function (r) { return r.province; })));
    new Chart(document.getElementById(id), {
      type: 'bar',
      data: {
        labels: keys.map(function (k) { return data.names[k]; }),
        datasets: provinces.map(function (p) {
          return {
            label: data.names[p], backgroundColor: colours[p],
            data: keys.map(function (k) {
              var row = rows.find(function (r) { return r.province === p && r.key === k; });
              return row ? row.count : 0;
            })
          };
        })
      },
      options: {responsive: true, maintainAspectRatio: false, scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
    });
  }

  chart('chart-open', data.open, ['OPENED', 'ON_SITE', 'UNDER_REVIEW', 'RECTIFYING', 'VERIFYING', 'ESCALATED']);
  chart('chart-findings', data.findings, ['MINOR', 'MAJOR', 'CRITICAL']);
})();
