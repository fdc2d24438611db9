'use strict';
// The ticket web form: no build step, no third-party code. It posts POST /tickets with the
// signed-in user's token and one Idempotency-Key per submission (reused when the same request is
// sent again: a double click, a retry), shows the server's 422 field problems beside the fields
// they name, and explains the first-response deadline of the ticket it opened.
(async () => {
  // Where the API is ('' = this origin) and how to sign in: config.json, which the local runtime
  // serves with its values and scripts/publish-web-form writes for the cloud.
  const $ = (id) => document.getElementById(id);
  const config = await fetch('/webform/config.json', { cache: 'no-store' })
    .then((r) => (r.ok ? r.json() : null), () => null);
  if (!config) {
    $('sign-in-error').textContent = 'The form cannot start: its settings (config.json) could not be read. Please reload the page.';
    $('sign-in-error').hidden = false;
    $('signed-out').hidden = false;
    return;
  }
  const api = config.api;
  const hosted = config.signIn === 'hosted';
  const form = $('ticket-form');
  const FIELDS = ['accountId', 'agreedDirectContact', 'kind', 'channel', 'severity', 'category', 'subject', 'description',
    'affectedAccount', 'steps', 'expectedResult'];
  const FIELD_LABELS = { accountId: 'Account', agreedDirectContact: 'Answering the end customer directly',
    kind: 'What is it?', channel: 'Channel', severity: 'Severity',
    category: 'Category', subject: 'Subject', description: 'Description', affectedAccount: 'Affected account',
    steps: 'Steps taken', expectedResult: 'Expected result' };

  function readSession() {
    try {
      const stored = JSON.parse(sessionStorage.getItem('desk.session'));
      return stored && stored.expiresAt > Date.now() ? stored : null;
    } catch (e) {
      return null;
    }
  }

  function signedOut(message) {
    sessionStorage.removeItem('desk.session');
    if (message) {
      $('sign-in-error').textContent = message;
      $('sign-in-error').hidden = false;
    }
    $('signed-out').hidden = false;
  }

  const signInLink = $('sign-in-link');
  signInLink.href = config.signInUrl;
  if (hosted) {
    signInLink.addEventListener('click', (event) => {
      event.preventDefault();
      DeskHostedSignIn.start(config);
    });
    const returned = await DeskHostedSignIn.finish(config);
    if (returned && returned.error) {
      signedOut(returned.error);
      return;
    }
    if (returned) sessionStorage.setItem('desk.session', JSON.stringify(returned));
  }
  const session = readSession();
  if (!session) {
    signedOut();
    return;
  }
  // Who the caller is and the accounts it acts for (plan, contract) come from GET /me.
  fetch(api + '/me', { headers: { Authorization: 'Bearer ' + session.token, Accept: 'application/json' } })
    .then((response) => {
      if (!response.ok) throw new Error('GET /me answered ' + response.status);
      return response.json();
    })
    .then(start, () => signedOut(hosted ? 'The desk did not accept your sign-in. Please sign in again.' : ''));

  function start(user) {
    $('who-label').textContent = (session.label || user.subject) + ' (' + user.role + ')';
    $('who').hidden = false;
    $('sign-out').addEventListener('click', () => {
      sessionStorage.removeItem('desk.session');
      if (hosted) {
        DeskHostedSignIn.signOut(config);
      } else {
        window.location.assign(config.signInUrl);
      }
    });

    // The accounts the caller acts for: a customer's own, a partner's clients.
    const accountSelect = $('accountId');
    user.accounts.forEach((account) => {
      const option = document.createElement('option');
      option.value = account.id;
      option.textContent = account.name + ' (' + account.id + ')';
      accountSelect.append(option);
    });
    if (user.role !== 'partner') {
      accountSelect.disabled = true;
    }
    const account = () => user.accounts.find((a) => a.id === accountSelect.value) || user.accounts[0];

    const kind = () => (form.querySelector('input[name=kind]:checked') || {}).value;

    function accountRequestAllowed(acc) {
      if (user.role === 'customer') return acc.contract === 'DIRECT';
      return user.partnerKind === 'SOLUTION' && acc.contract === 'INDIRECT' && acc.solutionPartnerId === user.partnerId;
    }

    function update() {
      const acc = account();
      $('account-plan').textContent = acc
        ? 'Plan ' + acc.plan + ', ' + (acc.contract === 'INDIRECT' ? 'through Solution Partner ' + acc.solutionPartnerId : 'direct contract') + '.'
        : 'You act for no account.';
      // Only an indirect account's own Solution Partner may agree that support answers its end customer.
      const mayAgree = acc && user.role === 'partner' && user.partnerKind === 'SOLUTION'
        && acc.contract === 'INDIRECT' && acc.solutionPartnerId === user.partnerId;
      $('direct-contact-field').hidden = !mayAgree;
      if (!mayAgree) $('agreedDirectContact').checked = false;
      const requestAllowed = acc && accountRequestAllowed(acc);
      $('kind-ACCOUNT_REQUEST-label').hidden = !requestAllowed;
      $('kind-ACCOUNT_REQUEST').disabled = !requestAllowed;
      if (!requestAllowed && kind() === 'ACCOUNT_REQUEST') $('kind-QUESTION').checked = true;
      const hint = $('kind-hint');
      hint.hidden = !(acc && !requestAllowed && user.role === 'customer' && acc.contract === 'INDIRECT');
      hint.textContent = acc && acc.solutionPartnerId
        ? 'Account matters go through your Solution Partner, ' + acc.solutionPartnerId + '.' : '';
      const enterprise = acc && acc.plan === 'ENTERPRISE';
      $('channel-fieldset').hidden = !enterprise;
      if (!enterprise) $('channel-WEB').checked = true;
      const incident = kind() === 'INCIDENT';
      $('severity-fieldset').hidden = !incident;
      $('replication-fieldset').hidden = !incident;
      $('category').closest('.field').hidden = kind() === 'ACCOUNT_REQUEST';
      if (user.partnerKind === 'TECHNOLOGY') {
        $('category').value = 'INTEGRATION';
        $('category').disabled = true;
      }
      if (acc && !$('affectedAccount').dataset.edited) $('affectedAccount').value = acc.id;
    }
    accountSelect.addEventListener('change', update);
    form.querySelectorAll('input[name=kind]').forEach((radio) => radio.addEventListener('change', update));
    $('affectedAccount').addEventListener('input', () => { $('affectedAccount').dataset.edited = 'yes'; });
    update();
    form.hidden = false;

    function body() {
      const value = (id) => $(id).value.trim();
      const request = { kind: kind(), subject: value('subject'), description: value('description') };
      if (user.role === 'partner') request.accountId = accountSelect.value;
      if (kind() !== 'ACCOUNT_REQUEST') request.category = $('category').value;
      if (!$('channel-fieldset').hidden && $('channel-CHAT').checked) request.channel = 'CHAT';
      if (!$('direct-contact-field').hidden && $('agreedDirectContact').checked) request.agreedDirectContact = true;
      if (kind() === 'INCIDENT') {
        const severity = form.querySelector('input[name=severity]:checked');
        if (severity) request.severity = severity.value;
        ['affectedAccount', 'steps', 'expectedResult'].forEach((id) => { request[id] = value(id); });
      }
      Object.keys(request).forEach((name) => { if (request[name] === '') delete request[name]; });
      return JSON.stringify(request);
    }

    // One key per submission: the same request sent again (a double click, a retry after a lost
    // answer) carries the same key, so the server answers the one ticket it opened; a changed
    // request (after fixing a field) is another submission with a key of its own.
    let submission = null;
    function idempotencyKey(requestBody) {
      if (!submission || submission.body !== requestBody) {
        submission = { body: requestBody, key: newKey() };
      }
      return submission.key;
    }
    function newKey() {
      if (crypto.randomUUID) return crypto.randomUUID();
      return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    }

    function clearErrors() {
      $('form-error').hidden = true;
      $('form-error').textContent = '';
      FIELDS.forEach((name) => {
        const error = $('error-' + name);
        if (error) { error.hidden = true; error.textContent = ''; }
        const input = $(name) || $(name + '-fieldset');
        if (input) input.removeAttribute('aria-invalid');
      });
    }

    function showErrors(message, fields) {
      const summary = $('form-error');
      summary.textContent = message;
      const list = document.createElement('ul');
      (fields || []).forEach((problem) => {
        const error = $('error-' + problem.field);
        const item = document.createElement('li');
        if (error && !error.parentElement.closest('[hidden]')) {
          error.textContent = (FIELD_LABELS[problem.field] || problem.field) + ' ' + problem.problem;
          error.hidden = false;
          const input = $(problem.field) || $(problem.field + '-fieldset');
          input.setAttribute('aria-invalid', 'true');
          const link = document.createElement('a');
          link.href = '#' + input.id;
          link.textContent = (FIELD_LABELS[problem.field] || problem.field) + ' ' + problem.problem;
          item.append(link);
        } else {
          item.textContent = problem.field + ' ' + problem.problem;
        }
        list.append(item);
      });
      if (list.childElementCount) summary.append(list);
      summary.hidden = false;
      summary.focus();
    }

    let inFlight = false;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (inFlight) return; // a second click while the first is on its way sends nothing more
      inFlight = true;
      const submit = $('submit');
      submit.disabled = true;
      $('sending').textContent = 'Sending…';
      clearErrors();
      const requestBody = body();
      try {
        const response = await fetch(api + '/tickets', {
          method: 'POST',
          headers: {
            Authorization: 'Bearer ' + session.token,
            'Content-Type': 'application/json',
            Accept: 'application/json',
            'Idempotency-Key': idempotencyKey(requestBody),
          },
          body: requestBody,
        });
        const answer = await response.json().catch(() => ({}));
        if (response.status === 201) {
          showTicket(answer); // the key stays: this same request sent again answers this ticket
        } else if (response.status === 401) {
          showErrors('Your sign-in has expired: please sign in again.', []);
        } else {
          showErrors(answer.message || 'The ticket could not be opened (' + response.status + ').', answer.fields);
        }
      } catch (e) {
        showErrors('The desk could not be reached. Send again: the same request never opens a second ticket.', []);
      } finally {
        inFlight = false;
        submit.disabled = false;
        $('sending').textContent = '';
      }
    });

    $('another').addEventListener('click', () => {
      submission = null; // a new submission from here on
      form.reset();
      delete $('affectedAccount').dataset.edited;
      update();
      $('result').hidden = true;
      form.hidden = false;
      $('subject').focus();
    });

    // ---- the result: the ticket and its deadline explained in words ----
    function showTicket(ticket) {
      const promise = ticket.firstResponse || {};
      const zone = (promise.calendar && promise.calendar.zone) || 'UTC';
      $('result-id').textContent = ticket.id;
      const due = $('result-due');
      due.textContent = '';
      if (promise.dueAt) {
        const time = document.createElement('time');
        time.dateTime = promise.dueAt;
        time.textContent = dateTime(promise.dueAt, zone) + ' (' + zone + ')';
        due.append(time);
      } else {
        due.textContent = 'No contractual time' + (promise.reason ? ': ' + promise.reason : '') + '. Your ticket is tracked and answered.';
      }
      $('result-target').textContent = promise.businessTime
        ? 'Target: ' + duration(promise.businessTime) + ' of business time (' + (promise.target || '').toLowerCase().replace(/_/g, ' ')
          + '), in the calendar ' + (promise.calendar ? promise.calendar.id : '') + '.'
        : '';
      const explanation = promise.explanation || { counted: [], skipped: [], specialHours: [] };
      $('result-clock').textContent = explanation.clockStartsAt
        ? 'The clock started ' + dateTime(explanation.clockStartsAt, zone) + '.' : '';
      fill('result-counted', explanation.counted, (c) =>
        dateTime(c.from, zone) + ' to ' + time(c.to, zone) + ': ' + duration(c.businessTime));
      fill('result-skipped', explanation.skipped, (s) => day(s.date) + ': ' + reason(s));
      fill('result-special', explanation.specialHours, (h) => day(h.date) + ': ' + h.why);
      $('result-skipped-block').hidden = !(explanation.skipped || []).length;
      $('result-special-block').hidden = !(explanation.specialHours || []).length;
      form.hidden = true;
      $('result').hidden = false;
      $('result').focus();
    }

    function fill(id, items, text) {
      const list = $(id);
      list.textContent = '';
      (items || []).forEach((item) => {
        const li = document.createElement('li');
        li.textContent = text(item);
        list.append(li);
      });
    }

    function reason(skipped) {
      switch (skipped.reason) {
        case 'WEEKEND': return 'weekend';
        case 'PUBLIC_HOLIDAY': return 'public holiday' + (skipped.detail ? ' (' + skipped.detail + ')' : '');
        case 'EXTRA_CLOSURE': return 'closed' + (skipped.detail ? ' (' + skipped.detail + ')' : '');
        default: return (skipped.reason || '').toLowerCase() + (skipped.detail ? ' (' + skipped.detail + ')' : '');
      }
    }

    function dateTime(iso, zone) {
      return new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long',
        year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
    }
    function time(iso, zone) {
      return new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
    }
    function day(isoDate) {
      return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' })
        .format(new Date(isoDate + 'T12:00:00Z'));
    }
    function duration(iso) {
      const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(iso || '');
      if (!m) return iso;
      const parts = [];
      if (m[1]) parts.push(m[1] + (m[1] === '1' ? ' day' : ' days'));
      if (m[2]) parts.push(m[2] + (m[2] === '1' ? ' hour' : ' hours'));
      if (m[3]) parts.push(m[3] + ' min');
      if (m[4] && Number(m[4]) >= 1) parts.push(Math.floor(Number(m[4])) + ' s');
      return parts.length ? parts.join(' ') : 'no time';
    }
  }
})();
