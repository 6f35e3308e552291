<?php
/**
 * What the block's editor script needs (WordPress reads this file beside editor.js; a build
 * step would write it, this plugin has none). The version follows the plugin's.
 *
 * @package KzResidence
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => KZ_RESIDENCE_VERSION,
);
