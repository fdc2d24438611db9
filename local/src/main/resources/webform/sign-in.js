'use strict';
// The local sign-in: lists the demo users the local runtime knows and keeps the local token it
// issues for the chosen one in this tab's session storage, as the hosted sign-in would in the cloud.
(() => {
  const form = document.getElementById('sign-in-form');
  const users = document.getElementById('users');
  const error = document.getElementById('sign-in-error');

  function showError(text) {
    error.textContent = text;
    error.hidden = false;
  }

  fetch('/local/users', { headers: { Accept: 'application/json' } })
    .then((response) => response.json())
    .then((body) => {
      document.getElementById('users-loading').remove();
      body.users.forEach((user, index) => {
        const label = document.createElement('label');
        const radio = document.createElement('input');
        radio.type = 'radio';
        radio.name = 'user';
        radio.value = user.id;
        radio.id = 'user-' + user.id.replace(/[^a-z0-9-]/gi, '-');
        radio.checked = index === 0;
        label.append(radio, ' ' + user.label);
        users.append(label);
      });
    })
    .catch(() => showError('Cannot list the demo users: is ./desk run still running?'));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = form.querySelector('input[name=user]:checked');
    if (!chosen) {
      showError('Choose a demo user.');
      return;
    }
    try {
      const response = await fetch('/local/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ user: chosen.value }),
      });
      const body = await response.json();
      if (!response.ok) {
        showError(body.message || 'Sign-in failed.');
        return;
      }
      sessionStorage.setItem('desk.session', JSON.stringify({
        token: body.token,
        label: body.user.label,
        expiresAt: Date.now() + body.expiresIn * 1000,
      }));
      window.location.assign('/');
    } catch (e) {
      showError('Cannot reach the local runtime: is ./desk run still running?');
    }
  });
})();
