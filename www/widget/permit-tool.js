// Placeholder for the permit tab until the permit view lands: the stay tool ships first.

function kzDefaultPermitState() {
  return {};
}

function kzPermitShape() {
  return {};
}

class KzPermitTool {
  constructor(host) {
    this.host = host;
    this.answer = null;
  }

  render() {
    return h('p', {}, this.host.t('app.tab.permit'));
  }

  summary() {
    return '';
  }

  calendarEvents() {
    return [];
  }
}
