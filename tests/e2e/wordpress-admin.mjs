// The WordPress admin screens a site owner uses for the plugin, driven in the browser as they
// would be: log in, Plugins → Add New → Upload Plugin with the zip, Activate, Deactivate,
// Delete (which runs the plugin's uninstall.php).
import { ADMIN } from './wordpress-site.mjs';

const ROW = 'tr[data-plugin="kz-residence/kz-residence.php"]';

/** Logs `page` in as the site's administrator. */
export async function logIn(page, site) {
  await page.goto(`${site.url}/wp-login.php`);
  await page.locator('#user_login').fill(ADMIN.user);
  await page.locator('#user_pass').fill(ADMIN.password);
  await Promise.all([page.waitForURL(/wp-admin/), page.locator('#wp-submit').click()]);
}

/** Uploads the plugin's zip and activates it from the page that follows. */
export async function uploadAndActivate(page, site, zip) {
  await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
  await page.locator('#pluginzip').setInputFiles(zip);
  await Promise.all([page.waitForURL(/update\.php/), page.locator('#install-plugin-submit').click()]);
  const activate = page.getByRole('link', { name: 'Activate Plugin' });
  if (!(await activate.count())) throw new Error(`the upload failed: ${await page.locator('.wrap').innerText()}`);
  await Promise.all([page.waitForURL(/plugins\.php/), activate.click()]);
  await page.locator(`${ROW}.active`).waitFor();
}

/** Deactivates the plugin on the Plugins screen. */
export async function deactivate(page, site) {
  await page.goto(`${site.url}/wp-admin/plugins.php`);
  await Promise.all([page.waitForURL(/deactivate=true/), page.locator(`${ROW} .deactivate a`).click()]);
  await page.locator(`${ROW}.inactive`).waitFor();
}

/** Deletes the (inactive) plugin on the Plugins screen, confirming WordPress's dialog. */
export async function deletePlugin(page, site) {
  await page.goto(`${site.url}/wp-admin/plugins.php`);
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator(`${ROW} .delete a`).click();
  await page.locator(`${ROW}.plugin-deleted-tr`).waitFor();
}
