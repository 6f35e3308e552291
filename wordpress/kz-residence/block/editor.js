// The block's editor side, without a build step (plain script, wp.* globals): a placeholder
// in the canvas (the widget itself runs on the published page, rendered by the server) and
// the shortcode's settings in the sidebar. Attributes and title come from block.json.
( function ( blocks, element, blockEditor, components, i18n ) {
	const el = element.createElement;
	const __ = i18n.__;

	// Each setting is a block attribute of the same name as the shortcode's (block.json).
	const choice = ( value, label ) => ( { value, label } );
	const SETTINGS = [
		{ key: 'lang', label: __( 'Language', 'kz-residence' ), options: [
			choice( '', __( 'The page\'s language', 'kz-residence' ) ),
			choice( 'en', 'English' ), choice( 'ru', 'Русский' ), choice( 'kk', 'Қазақша' ),
		] },
		{ key: 'tool', label: __( 'Tool', 'kz-residence' ), options: [
			choice( '', __( 'Both, as tabs', 'kz-residence' ) ),
			choice( 'stay', __( 'Stay (90 days in 180)', 'kz-residence' ) ),
			choice( 'permit', __( 'Residence permit', 'kz-residence' ) ),
		] },
		{ key: 'storage', label: __( 'Remember on the visitor\'s device', 'kz-residence' ), options: [
			choice( '', __( 'Never', 'kz-residence' ) ),
			choice( 'local', __( 'When the visitor ticks it', 'kz-residence' ) ),
		] },
		{ key: 'citizenship', label: __( 'Citizenship chosen at first (e.g. DE)', 'kz-residence' ) },
		{ key: 'regime', label: __( 'Stay regime chosen at first (e.g. visa-free-30)', 'kz-residence' ) },
		{ key: 'rates', label: __( 'Exchange rates, tenge for one unit (USD=520 EUR=560)', 'kz-residence' ) },
		{ key: 'cta_href', label: __( 'Contact link (https:, mailto: or tel:)', 'kz-residence' ) },
		{ key: 'cta_label', label: __( 'Contact link text', 'kz-residence' ) },
		{ key: 'cta_label_ru', label: __( 'Contact link text in Russian', 'kz-residence' ) },
		{ key: 'cta_label_kk', label: __( 'Contact link text in Kazakh', 'kz-residence' ) },
		{ key: 'cta_label_en', label: __( 'Contact link text in English', 'kz-residence' ) },
		{ key: 'today', label: __( 'Fixed date for demos (YYYY-MM-DD)', 'kz-residence' ) },
	];

	/** The sidebar control of one setting: a select where the widget knows the values, else a text field. */
	function control( setting, attributes, setAttributes ) {
		const props = {
			key: setting.key,
			label: setting.label,
			value: attributes[ setting.key ],
			onChange: ( value ) => setAttributes( { [ setting.key ]: value } ),
		};
		if ( setting.options ) return el( components.SelectControl, { ...props, options: setting.options } );
		return el( components.TextControl, props );
	}

	blocks.registerBlockType( 'kz-residence/calculator', {
		edit( { attributes, setAttributes } ) {
			return el(
				'div',
				blockEditor.useBlockProps(),
				el( blockEditor.InspectorControls, null,
					el( components.PanelBody, { title: __( 'Calculator', 'kz-residence' ) },
						SETTINGS.map( ( setting ) => control( setting, attributes, setAttributes ) ) ) ),
				el( components.Placeholder, {
					icon: 'calendar-alt',
					label: __( 'KZ Residence Calculator', 'kz-residence' ),
					instructions: __( 'The calculator appears on the published page. Its settings are in the block\'s sidebar.', 'kz-residence' ),
				} )
			);
		},
		// Rendered on the server (kz_residence_render), so nothing is saved but the attributes.
		save: () => null,
	} );
}( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n ) );
