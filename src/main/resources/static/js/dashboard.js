// Draws the dashboard's bar charts from the counts the page lists, so no inline script is needed under the CSP.
(function () {
  var names = {};
  document.querySelectorAll('#chart-names li').forEach(function (li) {
    names[li.getAttribute('data-key')] = li.textContent;
  });
  var colours = {SC: '#0b4f8a', CQ: '#b45309'};

  function rows(chartId) {
    return Array.prototype.map.call(document.querySelectorAll('#chart-data li[data-chart="' + chartId + '"]'),
      function (li) {
        return {province: li.getAttribute('data-province'), key: li.getAttribute('data-key'),
          count: Number(li.getAttribute('data-count'))};
      });
  }

  function chart(id, keys) {
    var data = rows(id);
    var provinces = data.map(function (r) { return r.province; })
      .filter(function (p, i, all) { return all.indexOf(p) === i; });
    new Chart(document.getElementById(id), {
      type: 'bar',
      data: {
        labels: keys.map(function (k) { return names[k]; }),
        datasets: provinces.map(function (p) {
          return {
            label: names[p], backgroundColor: colours[p],
            data: keys.map(function (k) {
              var found = data.find(function (r) { return r.province === p && r.key === k; });
              return found ? found.count : 0;
            })
          };
        })
      },
      options: {responsive: true, maintainAspectRatio: false, scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}
    });
  }

  chart('chart-open', ['OPENED', 'ON_SITE', 'UNDER_REVIEW', 'RECTIFYING', 'VERIFYING', 'ESCALATED']);
  chart('chart-findings', ['MINOR', 'MAJOR', 'CRITICAL']);
})();
