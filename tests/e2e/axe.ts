import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe with its default rules and WCAG 2.2's target size, which axe leaves off by default: Lighthouse
 * checks it, and a link a finger cannot hit is a failure on a phone.
 */
export const axe = (page: Page) => new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } });
