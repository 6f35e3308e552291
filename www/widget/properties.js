// Properties of the element beside its attributes: the attributes an embedder would script,
// mirrored as properties, and properties a page set before the element was defined.

/** Defines on `cls` a property per attribute name (`el.citizenship = 'DE'`); null removes the attribute. */
export function mirrorAttributes(cls, names) {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, {
      get() { return this.getAttribute(name); },
      set(value) {
        if (value === null || value === undefined) this.removeAttribute(name);
        else this.setAttribute(name, String(value));
      },
      configurable: true,
      enumerable: true,
    });
  }
}

/**
 * Properties a page set before this script defined the element sit on the instance, hiding
 * the class's accessors: each is taken off and set again, through the accessor.
 */
export function upgradeProperties(el, names) {
  for (const name of names) {
    if (Object.hasOwn(el, name)) {
      const value = el[name];
      delete el[name];
      el[name] = value;
    }
  }
}
