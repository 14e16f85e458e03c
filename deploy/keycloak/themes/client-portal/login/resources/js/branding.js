// The tenant's look on Keycloak's login pages (issue 10). Keycloak only renders the login page for a
// redirect_uri its client accepts, so the origin read from it is the platform's own gateway (the web
// app is served by the gateway): its public branding route answers name, logo URL and colours.
// Later pages of the same login (a wrong password, a reset) no longer carry redirect_uri in their
// URL: the first page keeps what it found in sessionStorage (per tab, Keycloak's origin).
(function () {
  'use strict';
  var KEY = 'client-portal.login-brand';
  var HEX = /^#[0-9a-f]{6}$/i;

  function fromRedirectUri() {
    var raw = new URLSearchParams(window.location.search).get('redirect_uri');
    if (!raw) return null;
    var target;
    try {
      target = new URL(raw);
    } catch {
      return null;
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:') return null;
    var slug = target.searchParams.get('brand') || '';
    // `<label>.<portal domain>`: the gateway resolves the tenant from the Host it receives.
    var labels = target.hostname.split('.');
    var byHost = !slug && labels.length >= 3 && !/^[\d.]+$/.test(target.hostname);
    if (!slug && !byHost) return null;
    return { origin: target.origin, slug: /^[a-z0-9-]{1,63}$/.test(slug) ? slug : '' };
  }

  function remembered() {
    try {
      return JSON.parse(window.sessionStorage.getItem(KEY) || 'null');
    } catch {
      return null;
    }
  }

  function darker(hex) {
    var value = parseInt(hex.slice(1), 16);
    var channel = function (shift) {
      return Math.round(((value >> shift) & 255) * 0.8);
    };
    return (
      '#' +
      [16, 8, 0]
        .map(function (shift) {
          return ('0' + channel(shift).toString(16)).slice(-2);
        })
        .join('')
    );
  }

  function apply(brand, origin) {
    var root = document.documentElement;
    if (HEX.test(brand.primaryColor)) {
      root.style.setProperty('--cp-brand-primary', brand.primaryColor);
      root.style.setProperty('--cp-brand-primary-dark', darker(brand.primaryColor));
    }
    if (HEX.test(brand.accentColor)) root.style.setProperty('--cp-brand-accent', brand.accentColor);
    root.setAttribute('data-brand', brand.slug);
    var header = document.getElementById('kc-header-wrapper');
    if (!header) return;
    var box = document.createElement('div');
    box.id = 'cp-brand';
    if (brand.logoUrl && brand.logoUrl.charAt(0) === '/') {
      var logo = document.createElement('img');
      logo.id = 'cp-brand-logo';
      logo.alt = '';
      logo.src = origin + brand.logoUrl;
      box.appendChild(logo);
    }
    var name = document.createElement('span');
    name.id = 'cp-brand-name';
    name.textContent = brand.name;
    box.appendChild(name);
    header.replaceChildren(box);
    document.title = brand.name;
  }

  function start() {
    var found = fromRedirectUri();
    if (found) {
      try {
        window.sessionStorage.setItem(KEY, JSON.stringify(found));
      } catch {
        // Private modes: this page is branded, the next ones of the login perhaps not.
      }
    } else {
      found = remembered();
    }
    if (!found || typeof found.origin !== 'string') return;
    var query = found.slug ? '?slug=' + encodeURIComponent(found.slug) : '';
    fetch(found.origin + '/api/public/branding' + query, { credentials: 'omit' })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (brand) {
        if (brand) apply(brand, found.origin);
      })
      .catch(function () {
        // Keycloak's own look stays.
      });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
