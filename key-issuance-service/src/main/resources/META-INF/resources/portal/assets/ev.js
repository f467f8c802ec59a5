// The EV charging pages (충전요금, 충전소조회, 통계정보) and the EV product page's two tables: read from the charging
// platform's keyless /ev/public/* through the gateway. Everything shown is written with textContent.
'use strict';

const STAT_NAMES = { '1': '통신이상', '2': '충전대기', '3': '충전중', '4': '운영중지', '5': '점검중', '9': '상태미확인' };
const CHARGER_TYPES = { '01': 'DC차데모', '02': 'AC완속', '03': 'DC차데모+AC3상', '04': 'DC콤보', '05': 'DC차데모+DC콤보',
  '06': 'DC차데모+AC3상+DC콤보', '07': 'AC3상', '08': 'DC콤보(완속)', '09': 'NACS', '10': 'DC콤보+NACS', '11': 'DC콤보2(버스)' };

async function evPublic(path, params) {
  const query = new URLSearchParams({ ...params, dataType: 'JSON' });
  const response = await fetch('/ev/public/' + path + '?' + query, { headers: { 'Accept': 'application/json' } });
  const data = await response.json().catch(() => null);
  if (!response.ok || !data || data.resultCode !== '00') {
    throw new Error((data && (data.resultMsg || data.resultMessage)) || '정보를 불러오지 못했습니다 (HTTP ' + response.status + ')');
  }
  return data;
}

/** yyyyMMddHHmmss as yyyy-MM-dd HH:mm. */
function when(stamp) {
  return stamp && stamp.length >= 12
    ? stamp.slice(0, 4) + '-' + stamp.slice(4, 6) + '-' + stamp.slice(6, 8) + ' ' + stamp.slice(8, 10) + ':' + stamp.slice(10, 12) : '-';
}

function number(value) {
  return value === '' || value == null || isNaN(Number(value)) ? (value || '-') : Number(value).toLocaleString('ko-KR');
}

/** Fills a tbody from rows, one cell per name in its data-columns. */
function fillTable(tbody, rows) {
  const columns = tbody.dataset.columns.split(' ');
  tbody.replaceChildren();
  if (!rows.length) {
    const row = tbody.insertRow();
    const cell = row.insertCell();
    cell.colSpan = columns.length;
    cell.textContent = '자료가 없습니다';
    return;
  }
  for (const item of rows) {
    const row = tbody.insertRow();
    for (const column of columns) {
      row.insertCell().textContent = column === 'updDt' ? when(item[column]) : column.endsWith('Nm') ? item[column] : number(item[column]);
    }
  }
}

async function fillFrom(path, tbodyId) {
  const tbody = document.getElementById(tbodyId);
  if (!tbody) return [];
  try {
    const rows = (await evPublic(path, {})).items.item;
    fillTable(tbody, rows);
    return rows;
  } catch (error) {
    tbody.replaceChildren();
    const cell = tbody.insertRow().insertCell();
    cell.colSpan = tbody.dataset.columns.split(' ').length;
    cell.className = 'error';
    cell.textContent = error.message;
    return [];
  }
}

function drawChart(rows) {
  const canvas = document.getElementById('ev-stats-chart');
  if (!canvas || typeof Chart === 'undefined') return;
  const series = (label, key, color) => ({ label, data: rows.map(r => Number(r[key])), backgroundColor: color, stack: 'chargers' });
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map(r => r.zcodeNm),
      datasets: [series('충전대기', 'available', '#2e7d32'), series('충전중', 'charging', '#1d4f91'),
        series('운영중지·미확인', 'outOfService', '#b3261e')]
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: '대' } } },
      plugins: { legend: { position: 'bottom' } }
    }
  });
}

function stationCard(station) {
  const card = document.createElement('article');
  card.className = 'station';
  card.dataset.statId = station.statId;
  const title = document.createElement('h3');
  title.textContent = station.statNm;
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [station.addr, station.busiNm, station.useTime, station.busiCall].filter(Boolean).join(' · ');
  const table = document.createElement('table');
  table.className = 'data chargers';
  const head = table.createTHead().insertRow();
  ['충전기', '타입', '출력(kW)', '상태', '상태 변경일시'].forEach(name => {
    const th = document.createElement('th');
    th.textContent = name;
    head.appendChild(th);
  });
  const body = table.createTBody();
  for (const charger of station.chargers.charger) {
    const row = body.insertRow();
    row.dataset.chgerId = charger.chgerId;
    row.dataset.stat = charger.stat;
    [charger.chgerId, CHARGER_TYPES[charger.chgerType] || charger.chgerType, charger.output, STAT_NAMES[charger.stat] || charger.stat,
      when(charger.statUpdDt)].forEach((value, i) => {
      const cell = row.insertCell();
      cell.textContent = value;
      if (i === 3) cell.className = 'stat stat-' + charger.stat;
    });
  }
  card.append(title, meta, table);
  return card;
}

function stationsPage() {
  const form = document.getElementById('station-search');
  const province = document.getElementById('zcode');
  const district = document.getElementById('zscode');
  let pageNo = 1;

  province.addEventListener('change', async () => {
    district.replaceChildren(new Option('전체', ''));
    district.disabled = !province.value;
    if (!province.value) return;
    try {
      for (const d of (await evPublic('districts', { zcode: province.value })).items.item) district.add(new Option(d.zscodeNm, d.zscode));
    } catch (error) { showError('search-error', error); }
  });

  async function search() {
    const params = { pageNo: String(pageNo) };
    if (province.value) params.zcode = province.value;
    if (district.value) params.zscode = district.value;
    const q = document.getElementById('q').value.trim();
    if (q) params.q = q;
    showError('search-error', null);
    try {
      const data = await evPublic('stations', params);
      const list = document.getElementById('stations');
      list.replaceChildren(...data.items.item.map(stationCard));
      document.getElementById('station-count').textContent = '충전소 ' + data.totalCount.toLocaleString('ko-KR') + '곳'
        + (data.totalCount ? ' (' + data.pageNo + ' / ' + Math.ceil(data.totalCount / data.numOfRows) + '쪽)' : '');
      document.getElementById('prev-page').hidden = data.pageNo <= 1;
      document.getElementById('next-page').hidden = data.pageNo * data.numOfRows >= data.totalCount;
    } catch (error) {
      showError('search-error', error);
    }
  }

  form.addEventListener('submit', event => { event.preventDefault(); pageNo = 1; search(); });
  document.getElementById('prev-page').addEventListener('click', () => { pageNo--; search(); });
  document.getElementById('next-page').addEventListener('click', () => { pageNo++; search(); });
}

document.addEventListener('DOMContentLoaded', async () => {
  fillFrom('tariffs', 'ev-tariffs');
  if (document.body.dataset.page === 'ev-stations') stationsPage();
  const stats = await fillFrom('stats', 'ev-stats');
  if (document.body.dataset.page === 'ev-stats') drawChart(stats);
});
