<?php
/**
 * Plugin Name:       KZ Residence Calculator
 * Description:       The 90/180 stay and residence-permit calculator for Kazakhstan, as a shortcode ([kz_residence]) and a block. Runs entirely in the visitor's browser and sends nothing anywhere.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       kz-residence
 *
 * @package KzResidence
 */

// Loaded by WordPress only, never requested on its own.
defined( 'ABSPATH' ) || exit;

// `make dist` writes the crate version here (and into readme.txt's Stable tag); it versions the
// script's address, so a new release is never served from a browser's cache.
const KZ_RESIDENCE_VERSION = '@VERSION@';

/**
 * The shortcode's attributes and defaults (empty: the element's own default), each with the
 * element attribute it becomes. Everything else given in the shortcode is dropped.
 */
const KZ_RESIDENCE_ATTRIBUTES = array(
	'lang'         => 'lang',
	'tool'         => 'tool',
	'citizenship'  => 'citizenship',
	'regime'       => 'regime',
	'storage'      => 'storage',
	'today'        => 'today',
	'rates'        => 'rates',
	'cta_href'     => 'cta-href',
	'cta_label'    => 'cta-label',
	'cta_label_ru' => 'cta-label-ru',
	'cta_label_kk' => 'cta-label-kk',
	'cta_label_en' => 'cta-label-en',
);

// The widget accepts only these kinds of contact link; esc_url drops any other.
const KZ_RESIDENCE_LINK_PROTOCOLS = array( 'http', 'https', 'mailto', 'tel' );

/**
 * Registers the widget's one script (the same file as for any other site), printed in the
 * footer and only on pages that show the widget: the shortcode and the block enqueue it. No
 * inline script goes with it, so a strict Content-Security-Policy (script-src 'self') holds.
 */
function kz_residence_register_script() {
	wp_register_script(
		'kz-residence',
		plugins_url( 'kz-residence.js', __FILE__ ),
		array(),
		KZ_RESIDENCE_VERSION,
		true
	);
}
add_action( 'init', 'kz_residence_register_script' );

/**
 * The element for the given attributes (shortcode or block), escaped for an attribute value;
 * the values themselves are checked by the widget, which ignores a wrong one with a console
 * warning. Enqueues the script.
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none) or the block's.
 * @return string The element's HTML.
 */
function kz_residence_render( $atts ) {
	$defaults = array_fill_keys( array_keys( KZ_RESIDENCE_ATTRIBUTES ), '' );
	$atts     = shortcode_atts( $defaults, $atts, 'kz_residence' );
	$html     = '<kz-residence-calculator';
	foreach ( KZ_RESIDENCE_ATTRIBUTES as $key => $attribute ) {
		$value = trim( (string) $atts[ $key ] );
		if ( 'cta_href' === $key ) {
			$value = esc_url( $value, KZ_RESIDENCE_LINK_PROTOCOLS );
		}
		if ( '' !== $value ) {
			$html .= sprintf( ' %s="%s"', $attribute, esc_attr( $value ) );
		}
	}
	wp_enqueue_script( 'kz-residence' );
	return $html . '></kz-residence-calculator>';
}
add_shortcode( 'kz_residence', 'kz_residence_render' );

/**
 * The block "KZ Residence Calculator": its settings are the shortcode's attributes, rendered
 * on the server by the same function (the editor shows a placeholder; the widget runs on the
 * published page).
 */
function kz_residence_register_block() {
	register_block_type(
		__DIR__ . '/block',
		array( 'render_callback' => 'kz_residence_render' )
	);
}
add_action( 'init', 'kz_residence_register_block' );
