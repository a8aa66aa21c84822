// Keys across the explorer: arrow keys among tabs, and Escape clearing the selection from
// anywhere but a text field or an open menu.
import { afterEach, describe, expect, it } from 'vitest';
import { escapeClearsSelection, keepsItsKeys, tabKeyTarget } from '../../src/ui/keys';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('tabKeyTarget', () => {
  it.each([
    ['ArrowRight', 0, 1],
    ['ArrowDown', 2, 0],
    ['ArrowLeft', 0, 2],
    ['ArrowUp', 1, 0],
    ['Home', 2, 0],
    ['End', 0, 2],
    ['Enter', 1, null],
  ])('moves %s from tab %d of three to %s', (key, at, to) => {
    expect(tabKeyTarget(key, 3, at)).toBe(to);
  });
});

describe('keepsItsKeys', () => {
  const make = (html: string): Element => {
    document.body.innerHTML = html;
    return document.querySelector('[data-target]') as Element;
  };

  it.each([
    ['a search field', '<input type="search" data-target>', true],
    ['a text field', '<input data-target>', true],
    ['a text area', '<textarea data-target></textarea>', true],
    ['a select', '<select data-target></select>', true],
    ['a button in a menu', '<div role="dialog"><button data-target>PNG</button></div>', true],
    ['a button in a dialog', '<dialog open><button data-target>Close</button></dialog>', true],
    ['a checkbox', '<input type="checkbox" data-target>', false],
    ['a slider', '<input type="range" data-target>', false],
    ['a tab', '<button role="tab" data-target>Graph</button>', false],
    ['the page', '<p data-target>text</p>', false],
  ])('says %s keeps its keys: %s', (_what, html, keeps) => {
    expect(keepsItsKeys(make(html))).toBe(keeps);
  });
});

describe('escapeClearsSelection', () => {
  function attached() {
    let cleared = 0;
    const stop = escapeClearsSelection(() => cleared++)(document.body);
    const press = (target: Element, key = 'Escape', taken = false) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      if (taken) event.preventDefault();
      target.dispatchEvent(event);
    };
    return { cleared: () => cleared, press, stop };
  }

  it('clears on Escape from the page, not from a text field, nor when something took the key', () => {
    document.body.innerHTML = '<button>Graph</button><input type="search">';
    const { cleared, press, stop } = attached();
    press(document.querySelector('button') as Element);
    expect(cleared()).toBe(1);
    press(document.querySelector('input') as Element);
    press(document.querySelector('button') as Element, 'Escape', true);
    press(document.querySelector('button') as Element, 'Enter');
    expect(cleared()).toBe(1);
    if (typeof stop === 'function') stop();
    press(document.querySelector('button') as Element);
    expect(cleared()).toBe(1);
  });
});
