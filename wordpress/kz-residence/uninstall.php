<?php
/**
 * Run by WordPress when the plugin is deleted from the Plugins screen. There is nothing to
 * remove: the plugin stores no options, transients, post meta, tables or files; its settings
 * live in each shortcode or block, that is in the site's own pages. (What a visitor chooses
 * to remember, with storage="local", stays in that visitor's browser, out of the site's reach.)
 *
 * @package KzResidence
 */

// WordPress defines this only when it uninstalls the plugin; any other request ends here.
defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
