// The developer portal's behaviour: forms post JSON to /api/v1, the member's token lives in sessionStorage.
// Everything shown from the server is written with textContent, never as HTML.
'use strict';

const TOKEN = 'portal.token';
const ROLES = 'portal.roles';

function token() { return sessionStorage.getItem(TOKEN); }
function roles() { return JSON.parse(sessionStorage.getItem(ROLES) || '[]'); }

async function api(method, path, body) {
  const headers = { 'Accept': 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token()) headers['Authorization'] = 'Bearer ' + token();
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401 && token()) {
    sessionStorage.clear();
    location.href = '/portal/login';
    throw new Error('로그인이 필요합니다');
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new Error((data && (data.resultDetail || data.resultMessage)) || ('HTTP ' + response.status));
  return data;
}

function formValues(form) {
  const values = {};
  new FormData(form).forEach((value, name) => { values[name] = String(value).trim(); });
  return values;
}

function showError(id, error) { document.getElementById(id).textContent = error ? error.message || String(error) : ''; }

function popup(message) {
  return new Promise(resolve => {
    const box = document.getElementById('popup');
    document.getElementById('popup-message').textContent = message;
    box.hidden = false;
    document.getElementById('popup-ok').onclick = () => { box.hidden = true; resolve(); };
  });
}

function requireLogin() {
  if (!token()) { location.href = '/portal/login'; return false; }
  return true;
}

function setText(root, selector, value) { root.querySelector(selector).textContent = value == null ? '-' : value; }

const pages = {
  signup() {
    document.getElementById('signup-form').addEventListener('submit', async event => {
      event.preventDefault();
      const values = formValues(event.target);
      if (values.password !== values.passwordConfirm) return showError('form-error', new Error('비밀번호 확인이 일치하지 않습니다'));
      delete values.passwordConfirm;
      try {
        await api('POST', '/api/v1/members', values);
        await popup('회원가입이 완료되었습니다. 로그인해 주세요.');
        location.href = '/portal/login';
      } catch (error) { showError('form-error', error); }
    });
  },

  login() {
    document.getElementById('login-form').addEventListener('submit', async event => {
      event.preventDefault();
      try {
        const result = await api('POST', '/api/v1/auth/login', formValues(event.target));
        sessionStorage.setItem(TOKEN, result.accessToken);
        sessionStorage.setItem(ROLES, JSON.stringify(result.roles));
        location.href = result.roles.includes('admin') ? '/portal/admin' : '/portal/';
      } catch (error) { showError('form-error', error); }
    });
  },

  product() {
    const form = document.getElementById('apply-form');
    form.addEventListener('submit', async event => {
      event.preventDefault();
      if (!requireLogin()) return;
      const values = formValues(form);
      const accessIps = values.accessIps.split(/[\s,]+/).filter(Boolean);
      try {
        await api('POST', '/api/v1/applications', { product: form.dataset.product, accessIps, reason: values.reason });
        await popup('오픈 API 신청이 완료되었습니다.');
        location.href = '/portal/';
      } catch (error) { showError('apply-error', error); }
    });
  },

  async applications() {
    if (!requireLogin()) return;
    try {
      const applications = await api('GET', '/api/v1/applications');
      const list = document.getElementById('applications');
      if (applications.length) list.replaceChildren();
      for (const application of applications) list.appendChild(applicationCard(application));
    } catch (error) { showError('page-error', error); }
  },

  async mypage() {
    if (!requireLogin()) return;
    const form = document.getElementById('profile-form');
    try {
      const me = await api('GET', '/api/v1/members/me');
      const [phone1, phone2, phone3] = (me.phone || '--').split('-');
      Object.entries({ ...me, phone1, phone2, phone3 }).forEach(([name, value]) => {
        if (form.elements[name]) form.elements[name].value = value == null ? '' : value;
      });
    } catch (error) { showError('form-error', error); }
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const values = formValues(form);
      if (values.password !== values.passwordConfirm) return showError('form-error', new Error('비밀번호 확인이 일치하지 않습니다'));
      delete values.passwordConfirm;
      delete values.loginId;
      if (!values.password) delete values.password;
      try {
        await api('PUT', '/api/v1/members/me', values);
        showError('form-error', null);
        await popup('회원정보가 수정되었습니다.');
      } catch (error) { showError('form-error', error); }
    });
    document.getElementById('withdraw').addEventListener('click', async () => {
      if (!confirm('탈퇴하면 발급받은 모든 서비스키가 폐기됩니다. 탈퇴하시겠습니까?')) return;
      try {
        await api('DELETE', '/api/v1/members/me');
        sessionStorage.clear();
        await popup('회원탈퇴가 완료되었습니다.');
        location.href = '/portal/';
      } catch (error) { showError('form-error', error); }
    });
  },

  async admin() {
    if (!requireLogin()) return;
    const filter = document.getElementById('status-filter');
    const load = async () => {
      try {
        const query = filter.value ? '?status=' + encodeURIComponent(filter.value) : '';
        const rows = document.getElementById('review-rows');
        rows.replaceChildren();
        for (const application of await api('GET', '/api/v1/admin/applications' + query)) rows.appendChild(reviewRow(application, load));
        showError('page-error', null);
      } catch (error) { showError('page-error', error); }
    };
    filter.addEventListener('change', load);
    await load();
  }
};

const STATUS_NAMES = { UNDER_REVIEW: '승인 검토', APPROVED: '승인완료', REJECTED: '반려', ACTIVE: '사용 중', SUSPENDED: '일시 정지', REVOKED: '폐기' };

function applicationCard(application) {
  const card = document.getElementById('application-template').content.firstElementChild.cloneNode(true);
  card.dataset.applicationId = application.id;
  card.dataset.status = application.status;
  setText(card, '.product-name', application.productName || application.product);
  setText(card, '.status-message', application.statusMessage + (application.rejectReason ? ' 사유: ' + application.rejectReason : ''));
  setText(card, '.applied-on', application.appliedOn);
  setText(card, '.access-ips', application.accessIps.join(', '));
  setText(card, '.decided-on', application.decidedOn);
  setText(card, '.reason', application.reason);
  const reached = { UNDER_REVIEW: ['APPLIED', 'UNDER_REVIEW'], APPROVED: ['APPLIED', 'UNDER_REVIEW', 'APPROVED'], REJECTED: ['APPLIED'] };
  card.querySelectorAll('.steps li').forEach(step => step.classList.toggle('active', reached[application.status].includes(step.dataset.step)));
  const keys = card.querySelector('.keys');
  for (const key of application.keys) keys.appendChild(keyTable(key));
  return card;
}

function keyTable(key) {
  const table = document.getElementById('key-template').content.firstElementChild.cloneNode(true);
  table.dataset.keyId = key.id;
  setText(table, '.issued-on', key.issuedOn);
  setText(table, '.expires-on', key.expiresOn);
  setText(table, '.service-key', key.serviceKey);
  setText(table, '.key-status', STATUS_NAMES[key.status] || key.status);
  setText(table, '.usage', '오늘 ' + key.callsToday + ' / ' + key.dailyQuota + '회');
  setText(table, '.reissue-from', '(재발급 가능일: ' + key.reissuableFrom + ')');
  table.querySelector('.use-guide').href = '/portal/guide/use?product=' + encodeURIComponent(key.product);
  table.querySelector('.guide-pdf').href = '/portal/guide/use/' + encodeURIComponent(key.product) + '.pdf';
  const examples = table.querySelector('.key-examples');
  examples.addEventListener('toggle', () => { if (examples.open && !examples.dataset.loaded) showKeyExamples(key, examples); });
  const button = table.querySelector('.reissue');
  button.disabled = !key.reissuable;
  button.addEventListener('click', async () => {
    try {
      await api('POST', '/api/v1/keys/' + key.id + '/reissue');
      await popup('새 서비스키가 발급되었습니다. 기존 키는 만료일까지 사용할 수 있습니다.');
      location.reload();
    } catch (error) { showError('page-error', error); }
  });
  return table;
}

// The guide's examples with this key filled in, asked of the member's own key API (the key never goes in a URL).
async function showKeyExamples(key, examples) {
  examples.dataset.loaded = 'true';
  try {
    const guide = await api('GET', '/api/v1/keys/' + key.id + '/guide');
    const select = examples.querySelector('.example-operation');
    for (const operation of guide.operations) {
      const option = document.createElement('option');
      option.value = operation.anchor;
      option.textContent = operation.name + (operation.summary ? ' · ' + operation.summary : '');
      select.appendChild(option);
    }
    const show = () => {
      const operation = guide.operations.find(o => o.anchor === select.value);
      for (const example of operation.examples) {
        const pre = examples.querySelector('pre[data-language="' + example.language + '"] code');
        if (pre) pre.textContent = example.code;
      }
    };
    select.addEventListener('change', show);
    if (guide.operations.length) show();
  } catch (error) {
    examples.querySelector('.key-examples-error').textContent = error.message;
  }
}

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text == null ? '-' : text;
  row.appendChild(td);
  return td;
}

function button(label, handler, className) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  if (className) b.className = className;
  b.addEventListener('click', handler);
  return b;
}

function reviewRow(application, reload) {
  const row = document.createElement('tr');
  row.dataset.applicationId = application.id;
  [application.id, application.applicant, application.productName, application.appliedOn, application.accessIps.join(', '),
    application.reason, STATUS_NAMES[application.status]].forEach(value => cell(row, value));
  const actions = cell(row, '');
  const act = (method, path, body, message) => async () => {
    try { await api(method, path, body); await popup(message); await reload(); } catch (error) { showError('page-error', error); }
  };
  if (application.status === 'UNDER_REVIEW') {
    const quota = document.createElement('input');
    quota.type = 'number';
    quota.min = '1';
    quota.placeholder = '일일 한도(기본)';
    quota.className = 'quota';
    actions.append(quota,
      button('승인', () => act('POST', '/api/v1/admin/applications/' + application.id + '/approve',
        quota.value ? { dailyQuota: Number(quota.value) } : {}, '승인되었습니다. 서비스키가 발급되었습니다.')(), 'approve'),
      button('반려', () => {
        const reason = prompt('반려 사유를 입력하세요');
        if (reason) act('POST', '/api/v1/admin/applications/' + application.id + '/reject', { reason }, '반려되었습니다.')();
      }, 'reject'));
  }
  for (const key of application.keys) {
    const label = document.createElement('span');
    label.textContent = '키 #' + key.id + ' ' + (STATUS_NAMES[key.status] || key.status) + ' ';
    actions.appendChild(label);
    if (key.status === 'ACTIVE') actions.appendChild(button('정지', act('POST', '/api/v1/admin/keys/' + key.id + '/suspend', undefined, '정지되었습니다.'), 'suspend'));
    if (key.status === 'SUSPENDED') actions.appendChild(button('재개', act('POST', '/api/v1/admin/keys/' + key.id + '/resume', undefined, '재개되었습니다.'), 'resume'));
    if (key.status !== 'REVOKED') actions.appendChild(button('폐기', act('POST', '/api/v1/admin/keys/' + key.id + '/revoke', undefined, '폐기되었습니다.'), 'revoke'));
  }
  return row;
}

document.addEventListener('DOMContentLoaded', () => {
  const loggedIn = Boolean(token());
  document.querySelectorAll('[data-member]').forEach(e => { e.hidden = !loggedIn; });
  document.querySelectorAll('[data-guest]').forEach(e => { e.hidden = loggedIn; });
  document.querySelectorAll('[data-admin]').forEach(e => { e.hidden = !roles().includes('admin'); });
  document.getElementById('logout').addEventListener('click', event => {
    event.preventDefault();
    sessionStorage.clear();
    location.href = '/portal/';
  });
  const page = pages[document.body.dataset.page];
  if (page) page();
});
