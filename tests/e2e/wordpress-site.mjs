// A real WordPress for one test, from Debian's packages (`make test` installs them), started
// here and torn down by `stop()`: MariaDB with its own data directory in a temp folder (socket
// only, no network), a copy of /usr/share/wordpress with its own wp-config.php, PHP's built-in
// server on a loopback port, and WordPress's own installer. Nothing of the system's
// configuration is read or changed; after `stop()` nothing runs and the folder is gone.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ADMIN = { user: 'admin', password: 'kz-residence-test' };

/** Starts WordPress; on any failure, stops what was started and throws. */
export async function startWordPress() {
  const dir = mkdtempSync(join(tmpdir(), 'kz-wordpress-'));
  const site = new Site(dir);
  try {
    await site.startDatabase();
    site.writeFiles();
    await site.startServer();
    await site.install();
    return site;
  } catch (e) {
    await site.stop();
    throw e;
  }
}

// If the test process ends without `stop()` (interrupted, or crashed), the 'exit' handler
// still kills the servers and removes the folder; an interrupt must then exit through it.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

class Site {
  #children = [];
  #abandon = () => this.#killNow();

  constructor(dir) {
    this.dir = dir;
    this.root = join(dir, 'wp');
    this.socket = join(dir, 'db/sock');
    this.url = null;
    process.once('exit', this.#abandon);
  }

  async startDatabase() {
    const data = join(this.dir, 'db');
    mkdirSync(data);
    // --no-defaults: not the system's /etc/mysql configuration.
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
    this.#start('mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${this.socket}`, '--skip-networking', '--user=root', `--pid-file=${data}/pid`]);
    await until(() => succeeds(() => this.sql('SELECT 1', 'mysql')), 'MariaDB to accept connections');
    this.sql("CREATE DATABASE wp; CREATE USER wp@localhost IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO wp@localhost;", 'mysql');
  }

  /**
   * The site's files: Debian's WordPress with our wp-config.php (Debian's reads /etc/wordpress),
   * and a must-use plugin that fails every HTTP request WordPress makes at once. Requests to
   * itself would otherwise wait for their time-out, PHP's server answering one at a time
   * (the installer's permalink check: 10 s), and no test may need the network.
   */
  writeFiles() {
    // -L: Debian links its bundled libraries (underscore.js, ...) relatively into /usr/share/javascript.
    execFileSync('cp', ['-a', '-L', '/usr/share/wordpress', this.root]);
    this.addMustUsePlugin('offline', "add_filter('pre_http_request', function () { return new WP_Error('offline', 'No HTTP in this test'); });");
    writeFileSync(join(this.root, 'wp-config.php'), `<?php
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:${this.socket}');
define('DB_CHARSET', 'utf8mb4');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
// No network: external requests refused, no cron requests, no update checks.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('FS_METHOD', 'direct');
$table_prefix = 'wp_';
defined('ABSPATH') || define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`);
  }

  /** Adds a must-use plugin (always loaded, never listed for activation) of PHP `code`. */
  addMustUsePlugin(name, code) {
    mkdirSync(join(this.root, 'wp-content/mu-plugins'), { recursive: true });
    writeFileSync(join(this.root, `wp-content/mu-plugins/${name}.php`), `<?php\n${code}\n`);
  }

  async startServer() {
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.#start('php', ['-S', `127.0.0.1:${port}`, '-t', this.root]);
    await until(() => fetch(`${this.url}/wp-login.php`).then(() => true, () => false), 'PHP\'s server to answer');
  }

  /** WordPress's own installer, as its form would post it. */
  async install() {
    const form = new URLSearchParams({
      weblog_title: 'Embedding test', user_name: ADMIN.user, admin_password: ADMIN.password,
      admin_password2: ADMIN.password, pw_weak: '1', admin_email: 'admin@example.com', blog_public: '0',
    });
    const page = await (await fetch(`${this.url}/wp-admin/install.php?step=2`, { method: 'POST', body: form })).text();
    if (!page.includes('Success!')) throw new Error(`WordPress did not install:\n${page.slice(0, 2000)}`);
  }

  /** Runs SQL over the socket; the output's rows, tab-separated. */
  sql(query, database = 'wp') {
    return execFileSync('mariadb', ['--no-defaults', '-S', this.socket, '-u', 'root', '-N', '-B', database, '-e', query], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Runs PHP inside WordPress (wp-load.php); `args` reach the code as `$args`. Returns what it printed. */
  php(code, args = {}) {
    const script = `require '${this.root}/wp-load.php'; $args = json_decode($argv[1], true); ${code}`;
    return execFileSync('php', ['-r', script, JSON.stringify(args)], { encoding: 'utf8' });
  }

  /** Publishes a page with `content` (kses off, so a payload reaches the shortcode as typed); its address. */
  addPage(slug, content) {
    // wp_insert_post takes slashed data, as a form posts it.
    this.php(`kses_remove_filters(); wp_insert_post(wp_slash(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => $args['slug'], 'post_name' => $args['slug'], 'post_content' => $args['content']]));`, { slug, content });
    return `${this.url}/?pagename=${slug}`;
  }

  /** Stops the server and the database by their pids, waits for them to exit, removes the folder. */
  async stop() {
    for (const child of this.#children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        if (!(await Promise.race([exited.then(() => true), sleep(10_000, false, { ref: false })]))) child.kill('SIGKILL');
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
    process.off('exit', this.#abandon);
  }

  /** What an 'exit' handler can do (nothing asynchronous): SIGKILL by pid, remove the folder. */
  #killNow() {
    for (const child of this.#children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Starts a server process, its output in the folder (read it when a start fails). */
  #start(command, args) {
    const out = openSync(join(this.dir, `${command}.log`), 'w');
    const child = spawn(command, args, { stdio: ['ignore', out, out] });
    this.#children.push(child);
  }
}

/** A TCP port free on the loopback interface now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Whether `run()` returns without throwing. */
function succeeds(run) {
  try {
    run();
    return true;
  } catch {
    return false;
  }
}

/** Waits until `check()` holds (polling for at most 20 s). */
async function until(check, what) {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}
