// Presenter mode's look: larger bold labels, thicker edges, a dark background.
import { useEffect } from 'react';
import { THEMES } from '../view/palette';
import type { StanceSigma } from './redraw';
import { setSceneTheme, type Scene } from './scene';
import { themeSettings } from './sigmaSettings';

/**
 * @example useTheme(scene, renderer, presenter);
 */
export function useTheme(scene: Scene, renderer: StanceSigma | null, presenter: boolean): void {
  useEffect(() => {
    const theme = presenter ? THEMES.presenter : THEMES.normal;
    if (!renderer || !setSceneTheme(scene, theme)) return;
    // Changing settings re-runs every reducer with the new theme.
    renderer.setSettings(themeSettings(theme));
  }, [scene, renderer, presenter]);
}
