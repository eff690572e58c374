/** index.html: click a column header to sort the pairs by it (again to reverse). */
export const INDEX_SCRIPT = String.raw`(function () {
  'use strict';
  var table = document.getElementById('pairs');
  if (!table) return;
  var heads = Array.prototype.slice.call(table.querySelectorAll('thead th'));
  heads.forEach(function (th, col) {
    th.querySelector('button').addEventListener('click', function () {
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach(function (o) { o.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var numeric = th.getAttribute('data-type') === 'number';
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute('data-value'), y = b.cells[col].getAttribute('data-value');
        var d = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return asc ? d : -d;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
})();
`;
