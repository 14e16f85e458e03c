// "Sign in with a code instead" on Keycloak's password page (docs/access-login.md): the same
// authorization request again, with login_method=code, which the realm's flow ("client-portal browser")
// answers with the login-code authenticator. Only the first page of a login is the authorization
// endpoint with the request in its URL; it is kept per tab (sessionStorage) for the pages that follow.
// The label is chosen here by the page's language: a static script cannot read Keycloak's messages.
(function () {
  'use strict';
  var KEY = 'client-portal.authorization-request';
  var LABELS = {
    en: 'Sign in with a code instead',
    fr: 'Se connecter avec un code',
    es: 'Iniciar sesión con un código',
    pt: 'Entrar com um código',
  };

  function remember() {
    var here = new URL(window.location.href);
    if (!/\/protocol\/openid-connect\/auth$/.test(here.pathname)) return;
    try {
      window.sessionStorage.setItem(KEY, here.toString());
    } catch {
      /* storage refused: the link is simply not offered on later pages */
    }
  }

  function saved() {
    try {
      return window.sessionStorage.getItem(KEY);
    } catch {
      return null;
    }
  }

  function offer() {
    var form = document.getElementById('kc-form-login');
    var request = saved();
    if (!form || !request || document.getElementById('login-code-link')) return;
    var language = (document.documentElement.lang || 'en').slice(0, 2);
    var link = document.createElement('a');
    link.id = 'login-code-link';
    link.className = 'pf-v5-c-button pf-m-link';
    link.textContent = LABELS[language] || LABELS.en;
    link.href = '#';
    link.addEventListener('click', function (event) {
      event.preventDefault();
      var target = new URL(request);
      target.searchParams.set('login_method', 'code');
      var username = document.getElementById('username');
      var typed = username && username.value ? username.value.trim() : '';
      if (typed.indexOf('@') > 0) target.searchParams.set('login_hint', typed);
      window.location.assign(target.toString());
    });
    var wrapper = document.createElement('div');
    wrapper.className = 'pf-v5-c-form__group';
    wrapper.appendChild(link);
    form.appendChild(wrapper);
  }

  remember();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', offer);
  else offer();
})();
